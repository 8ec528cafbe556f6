package ladakh.crafts.marketplace.orders;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes up, in-process and on every instance, cancels whose refund did not go through
 * ({@link Fulfilment#finishRefunds}): the gateway is called with the same idempotency key
 * and the ledger is keyed, so two instances doing it at once refund once.
 */
@Component
class RefundRetries implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RefundRetries.class);

	private final Fulfilment fulfilment;

	private final Duration interval;

	private volatile Disposable loop;

	RefundRetries(Fulfilment fulfilment,
			@Value("${marketplace.fulfilment.refund-retry-interval:2m}") Duration interval) {
		this.fulfilment = fulfilment;
		this.interval = interval;
	}

	@Override
	public void start() {
		this.loop = Flux.interval(this.interval, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> this.fulfilment.finishRefunds(this.interval).onErrorResume((ex) -> {
				log.warn("Refund retry sweep failed: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = this.loop;
		if (running != null) {
			running.dispose();
			this.loop = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

}
