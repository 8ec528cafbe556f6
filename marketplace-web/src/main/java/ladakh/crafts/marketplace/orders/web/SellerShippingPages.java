package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.orders.ShippingRule;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The seller's shipping rule: a fee, free from an amount, days to dispatch and days in
 * transit within Ladakh and to the rest of India. The product page quotes it.
 */
@Controller
class SellerShippingPages {

	private final SellerPolicies policies;

	private final FulfilmentMessages messages;

	SellerShippingPages(SellerPolicies policies, FulfilmentMessages messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/seller/orders/shipping")
	Mono<Rendering> shipping(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String done) {
		return this.policies.shipping(seller.sellerId())
			.map((rule) -> page(HttpStatus.OK, typed(rule), Map.of(), done != null));
	}

	@PostMapping("/seller/orders/shipping")
	Mono<Rendering> save(@AuthenticationPrincipal MarketplaceUser seller,
			@ModelAttribute SellerPolicies.ShippingForm form, Locale locale) {
		return this.policies.saveShipping(seller.sellerId(), form)
			.map((saved) -> Rendering.redirectTo("/seller/orders/shipping?done").build())
			.onErrorResume(Refusal.class,
					(ex) -> Mono.just(page(RefusalStatus.of(ex.kind()), form, ex.problems()
						.stream()
						.collect(Collectors.groupingBy(Refusal.FieldProblem::field, Collectors.mapping(
								(problem) -> this.messages.text(problem.messageKey(), locale), Collectors.toList()))),
							false)));
	}

	private static SellerPolicies.ShippingForm typed(ShippingRule rule) {
		return new SellerPolicies.ShippingForm(rule.fee().toMajor().stripTrailingZeros().toPlainString(),
				(rule.freeFrom() != null) ? rule.freeFrom().toMajor().stripTrailingZeros().toPlainString() : "",
				String.valueOf(rule.dispatchDays()), String.valueOf(rule.ladakhDays()),
				String.valueOf(rule.indiaDays()));
	}

	private static Rendering page(HttpStatus status, SellerPolicies.ShippingForm form, Map<String, List<String>> errors,
			boolean saved) {
		return Rendering.view("orders/seller-shipping")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("saved", saved)
			.modelAttribute("maxDays", ShippingRule.MAX_DAYS)
			.build();
	}

}
