package ladakh.crafts.marketplace.notifications;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The outbox of emails to send: one document per fact and recipient, keyed so that a
 * retried step or a duplicate event queues the message once. The {@link OutboxDispatcher}
 * sends what is pending.
 */
@Service
public class Outbox {

	private final OutboxRepository messages;

	private final Clock clock;

	Outbox(OutboxRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Queues a message unless one with this key is already queued.
	 * @param key a key per fact, e.g. {@code order-paid:<orderId>:buyer}
	 * @return true when it was queued now, false when it was already there
	 */
	public Mono<Boolean> enqueue(String key, String to, String subject, String body, String locale) {
		return this.messages.queue(new QueuedMessage(key, to, subject, body, locale), this.clock.instant());
	}

}
