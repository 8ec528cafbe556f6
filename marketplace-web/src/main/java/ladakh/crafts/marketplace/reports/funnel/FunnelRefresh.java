package ladakh.crafts.marketplace.reports.funnel;

import java.time.Duration;

import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the department's funnel again in the background (hourly by default; 0 switches
 * it off, and it is then built only when none is kept). The build reads every batch a
 * page at a time and only those batches' sellers; a build that fails is logged and left
 * to the next.
 */
@Component
class FunnelRefresh extends SweepingService {

	private final PeriodicSweep schedule;

	FunnelRefresh(FunnelSnapshots snapshots, @Value("${marketplace.reports.funnel-refresh:1h}") Duration interval) {
		this.schedule = new PeriodicSweep("Building the funnel", interval, snapshots::rebuild);
	}

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.schedule;
	}

}
