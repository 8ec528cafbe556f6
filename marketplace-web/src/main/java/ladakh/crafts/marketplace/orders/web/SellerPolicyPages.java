package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.orders.SellerPolicy;
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

/** The seller's returns policy: the return window in days and their own words. */
@Controller
class SellerPolicyPages {

	private final SellerPolicies policies;

	private final FulfilmentMessages messages;

	SellerPolicyPages(SellerPolicies policies, FulfilmentMessages messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/seller/orders/policy")
	Mono<Rendering> policy(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String done) {
		return this.policies.of(seller.sellerId())
			.map((policy) -> page(HttpStatus.OK, String.valueOf(policy.returnWindowDays()), policy.text(), Map.of(),
					done != null));
	}

	@PostMapping("/seller/orders/policy")
	Mono<Rendering> save(@AuthenticationPrincipal MarketplaceUser seller, @ModelAttribute PolicyForm form,
			Locale locale) {
		return this.policies.save(seller.sellerId(), form.returnWindowDays(), form.text())
			.map((saved) -> Rendering.redirectTo("/seller/orders/policy?done").build())
			.onErrorResume(Refusal.class, (ex) -> Mono.just(page(RefusalStatus.of(ex.kind()), form.returnWindowDays(),
					form.text(),
					ex.problems()
						.stream()
						.collect(Collectors.groupingBy(Refusal.FieldProblem::field, Collectors.mapping(
								(problem) -> this.messages.text(problem.messageKey(), locale), Collectors.toList()))),
					false)));
	}

	/**
	 * The returns policy as typed; its rules (a window in range, words of a bounded
	 * length) are the policy's own.
	 */
	record PolicyForm(String returnWindowDays, String text) {
	}

	private static Rendering page(HttpStatus status, String days, String text, Map<String, List<String>> errors,
			boolean saved) {
		return Rendering.view("orders/seller-policy")
			.status(status)
			.modelAttribute("days", days)
			.modelAttribute("text", text)
			.modelAttribute("errors", errors)
			.modelAttribute("saved", saved)
			.modelAttribute("maxDays", SellerPolicy.MAX_RETURN_WINDOW_DAYS)
			.build();
	}

}
