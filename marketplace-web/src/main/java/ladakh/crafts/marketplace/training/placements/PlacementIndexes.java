package ladakh.crafts.marketplace.training.placements;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the placements' indexes at start (an existing one is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlacementIndexes implements ApplicationRunner {

	private final PlacementRepository placements;

	PlacementIndexes(PlacementRepository placements) {
		this.placements = placements;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.placements.createIndexes().block(Duration.ofMinutes(1));
	}

}
