package ladakh.crafts.marketplace.orders;

import java.time.Duration;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes up, in-process and on every instance, cancels whose refund did not go through
 * ({@link Fulfilment#finishRefunds}): the gateway is called with the same idempotency key
 * and the ledger is keyed, so two instances doing it at once refund once.
 */
@Component
class RefundRetries extends SweepingService {

	private final PeriodicSweep sweep;

	RefundRetries(Fulfilment fulfilment,
			@Value("${marketplace.fulfilment.refund-retry-interval:2m}") Duration interval) {
		this.sweep = new PeriodicSweep("Refund retry sweep", interval, () -> fulfilment.finishRefunds(interval));
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.sweep;
	}

}
