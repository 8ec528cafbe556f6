package ladakh.crafts.marketplace.favourites;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the index a buyer's favourites page reads at start (a no-op when it exists).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FavouritesIndexes implements ApplicationRunner {

	private final FavouriteRepository favourites;

	FavouritesIndexes(FavouriteRepository favourites) {
		this.favourites = favourites;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.favourites.createIndexes().block(Duration.ofMinutes(1));
	}

}
