package ladakh.crafts.marketplace.complex;

import java.time.Duration;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ShopSwaps#sweep} in the background (every minute by default; 0 switches it
 * off): a swap stopped by a crash is finished once decided, or undone. Safe on several
 * instances: every step is conditional on the swap's mark, the audit line keyed by its
 * id.
 */
@Component
class ShopSwapSweeper extends SweepingService {

	private final PeriodicSweep schedule;

	ShopSwapSweeper(ShopSwaps swaps, @Value("${marketplace.complex.swap-sweep-interval:1m}") Duration interval) {
		this.schedule = new PeriodicSweep("Complex swap sweep", interval, swaps::sweep);
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.schedule;
	}

}
