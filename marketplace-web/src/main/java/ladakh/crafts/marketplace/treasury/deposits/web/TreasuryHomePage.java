package ladakh.crafts.marketplace.treasury.deposits.web;

import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The accounts home: the exceptions first, then this financial year's due, deposited and
 * outstanding per training centre, and the ways on to deposits and reconciliation.
 */
@Controller
class TreasuryHomePage {

	private final Reconciliation reconciliation;

	TreasuryHomePage(Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@GetMapping("/staff/treasury")
	Mono<Rendering> home() {
		// this year's sums once, for its table and its exceptions
		return this.reconciliation.year(this.reconciliation.currentYear())
			.flatMap((report) -> this.reconciliation.exceptions(report)
				.map((exceptions) -> Rendering.view("treasury/home")
					.modelAttribute("exceptions", exceptions)
					.modelAttribute("report", report)
					.build()));
	}

}
