package ladakh.crafts.marketplace.training;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the indexes of this part's own collection at start (a no-op when present). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingIndexes implements ApplicationRunner {

	private final BatchRepository batches;

	TrainingIndexes(BatchRepository batches) {
		this.batches = batches;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.batches.createIndexes().block(Duration.ofMinutes(1));
	}

}
