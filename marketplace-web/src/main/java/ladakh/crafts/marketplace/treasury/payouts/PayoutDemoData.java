package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's payout run: when the demo holds no run yet, one is prepared up to yesterday
 * from the demo's seller-payee ledger lines (the stall sales), so the payouts pages show
 * something. Nobody due (ledger lines without a payee, before decision 68's writers):
 * nothing is written. Runs after the other demo data, once per database.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class PayoutDemoData {

	private final PayoutRuns runs;

	private final PayoutRunRepository stored;

	private final Clock clock;

	PayoutDemoData(PayoutRuns runs, PayoutRunRepository stored, Clock clock) {
		this.runs = runs;
		this.stored = stored;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		this.stored.latest(null, 1)
			.hasElements()
			.flatMap((any) -> any ? Mono.<PayoutRun>empty()
					: this.runs.prepare(IndiaTime.dayOf(this.clock.instant()).minusDays(1), "demo")
						.onErrorResume(Refusal.class, (ex) -> Mono.empty()))
			.block(Duration.ofMinutes(1));
	}

}
