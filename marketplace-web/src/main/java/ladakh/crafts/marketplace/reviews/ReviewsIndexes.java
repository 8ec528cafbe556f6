package ladakh.crafts.marketplace.reviews;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the reviews' queries need at start (the rating summaries are read
 * by {@code _id} only). Creating an index that exists is a no-op.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewsIndexes implements ApplicationRunner {

	private final ReviewRepository reviews;

	ReviewsIndexes(ReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.reviews.createIndexes().block(Duration.ofMinutes(1));
	}

}
