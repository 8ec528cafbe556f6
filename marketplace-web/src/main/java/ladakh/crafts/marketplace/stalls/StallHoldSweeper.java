package ladakh.crafts.marketplace.stalls;

import java.time.Duration;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link StallHoldReleases#sweep} in the background (every six hours by default; 0
 * switches it off). Safe on several instances: pulling keys and recording an exhibition
 * done are idempotent.
 */
@Component
class StallHoldSweeper extends SweepingService {

	private final PeriodicSweep schedule;

	StallHoldSweeper(StallHoldReleases releases,
			@Value("${marketplace.stalls.hold-sweep-interval:6h}") Duration interval) {
		this.schedule = new PeriodicSweep("Stall hold release", interval, releases::sweep);
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.schedule;
	}

}
