package ladakh.crafts.marketplace.notifications;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Creates the outbox's index at start (creating an existing index is a no-op). */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class OutboxIndexes implements ApplicationRunner {

	private final OutboxRepository outbox;

	OutboxIndexes(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.outbox.createIndexes().block(java.time.Duration.ofMinutes(1));
	}

}
