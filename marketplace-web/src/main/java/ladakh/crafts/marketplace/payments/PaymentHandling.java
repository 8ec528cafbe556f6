package ladakh.crafts.marketplace.payments;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The work listeners do about a payment event, handed back to the publisher so that it
 * acknowledges the event only once that work is done (a webhook answers 2xx only after
 * the order is marked; a failure is answered 5xx and the gateway delivers it again).
 * Spring delivers an event to its listeners synchronously, in the publisher's thread;
 * each listener adds its reactive work here instead of blocking that thread.
 */
public final class PaymentHandling {

	private final List<Mono<String>> work = new ArrayList<>();

	/**
	 * The listener's work.
	 * @param outcome what it did, e.g. the orders area's {@code PAID}
	 */
	public synchronized void handledBy(Mono<String> outcome) {
		this.work.add(outcome);
	}

	/**
	 * Runs the listeners' work in turn.
	 * @return the last listener's outcome; an error when nobody handled the event (then
	 * it must not be acknowledged)
	 */
	synchronized Mono<String> outcome(Object event) {
		if (this.work.isEmpty()) {
			return Mono.error(new IllegalStateException("Nobody handled " + event));
		}
		return Mono.defer(() -> {
			Mono<String> all = Mono.empty();
			for (Mono<String> step : List.copyOf(this.work)) {
				all = all.then(step);
			}
			return all;
		});
	}

}
