package ladakh.crafts.marketplace.sellers.shg.web;

import ladakh.crafts.marketplace.sellers.shg.RevolvingFund;
import ladakh.crafts.marketplace.sellers.shg.SelfHelpGroups;
import ladakh.crafts.marketplace.sellers.shg.ShgNotFoundException;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * An SHG's own view of its revolving fund, read-only. The SHG is the one the signed-in
 * seller acts for; a seller who is not an SHG gets 404.
 */
@Controller
class SellerFundController {

	private final SelfHelpGroups groups;

	private final RevolvingFund fund;

	SellerFundController(SelfHelpGroups groups, RevolvingFund fund) {
		this.groups = groups;
		this.fund = fund;
	}

	@GetMapping("/seller/fund")
	Mono<Rendering> ownFund(@AuthenticationPrincipal MarketplaceUser user) {
		return this.groups.find(user.sellerId())
			.zipWith(this.fund.ledger(user.sellerId()))
			.map((found) -> Rendering.view("sellers/shg/seller-fund")
				.modelAttribute("group", found.getT1())
				.modelAttribute("ledger", found.getT2())
				.build())
			.onErrorMap(ShgNotFoundException.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
