package ladakh.crafts.marketplace.exhibitions;

import java.time.Duration;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link StallFees#sweep} in the background (hourly by default; 0 switches it off):
 * offers unpaid after their day expire and pass down the waitlist. Safe on several
 * instances: every move is conditional on the stall's version.
 */
@Component
class StallFeeSweeper extends SweepingService {

	private final PeriodicSweep schedule;

	StallFeeSweeper(StallFees fees, @Value("${marketplace.exhibitions.fee-sweep-interval:1h}") Duration interval) {
		this.schedule = new PeriodicSweep("Stall fee sweep", interval, fees::sweep);
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.schedule;
	}

}
