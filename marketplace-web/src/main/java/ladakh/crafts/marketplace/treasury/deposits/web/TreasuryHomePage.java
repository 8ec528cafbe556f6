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
		return Mono.zip(this.reconciliation.exceptions(), this.reconciliation.year(this.reconciliation.currentYear()))
			.map((both) -> Rendering.view("treasury/home")
				.modelAttribute("exceptions", both.getT1())
				.modelAttribute("report", both.getT2())
				.build());
	}

}
