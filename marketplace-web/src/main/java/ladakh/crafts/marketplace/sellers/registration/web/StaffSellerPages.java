package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.Locale;

import ladakh.crafts.marketplace.sellers.registration.RegistrationRefused;
import ladakh.crafts.marketplace.sellers.registration.SellerStatuses;
import ladakh.crafts.marketplace.sellers.registration.SellerSummary;
import ladakh.crafts.marketplace.sellers.registration.StaffAudit;
import ladakh.crafts.marketplace.sellers.registration.StaffMember;
import ladakh.crafts.marketplace.sellers.registration.StaffQueues;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * Seller search and a seller's page in the staff console, with suspend and reinstate.
 */
@Controller
class StaffSellerPages {

	private final SellerStatuses sellers;

	private final StaffQueues queues;

	private final Refusals refusals;

	private final AuditTrailView auditTrail;

	StaffSellerPages(SellerStatuses sellers, StaffQueues queues, Refusals refusals, AuditTrailView auditTrail) {
		this.auditTrail = auditTrail;
		this.sellers = sellers;
		this.queues = queues;
		this.refusals = refusals;
	}

	@GetMapping("/staff/sellers")
	Mono<Rendering> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String after,
			@AuthenticationPrincipal MarketplaceUser user) {
		return this.sellers.search(q, StaffMember.of(user), After.parse(after))
			.map((page) -> Rendering.view("staff/sellers")
				.modelAttribute("q", q)
				.modelAttribute("sellers", page.items())
				.modelAttribute("next", page.nextAfter())
				.modelAttribute("today", this.sellers.today())
				.build());
	}

	@GetMapping("/staff/sellers/{id}")
	Mono<Rendering> seller(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.sellers.find(id)
			.map((seller) -> page(seller, user, locale).modelAttribute("done", this.refusals.notice(done, locale))
				.build())
			.onErrorMap(RegistrationRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/staff/sellers/{id}/suspend")
	Mono<Rendering> suspend(@PathVariable String id, @ModelAttribute ReasonForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return act(id, user, locale, "suspended",
				Mono.defer(() -> this.sellers.suspend(id, form.reason(), StaffMember.of(user))));
	}

	@PostMapping("/staff/sellers/{id}/reinstate")
	Mono<Rendering> reinstate(@PathVariable String id, @ModelAttribute ReasonForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return act(id, user, locale, "reinstated",
				Mono.defer(() -> this.sellers.reinstate(id, form.reason(), StaffMember.of(user))));
	}

	private Mono<Rendering> act(String id, MarketplaceUser user, Locale locale, String done,
			Mono<SellerSummary> action) {
		return action.map((seller) -> Rendering.redirectTo("/staff/sellers/" + id + "?done=" + done).build())
			.onErrorResume(RegistrationRefused.class, (refused) -> this.refusals.onPage(refused,
					this.sellers.find(id).map((seller) -> page(seller, user, locale)), locale));
	}

	private Rendering.Builder<?> page(SellerSummary seller, MarketplaceUser user, Locale locale) {
		return Rendering.view("staff/seller")
			.modelAttribute("seller", seller)
			.modelAttribute("status", seller.statusOn(this.sellers.today()))
			.modelAttribute("officer", StaffMember.of(user).seesEverything())
			.modelAttribute("mobile", StaffMember.of(user).mobileAsSeen(seller.mobile()))
			.modelAttribute("audit",
					this.auditTrail.lines(this.queues.auditTrail(StaffAudit.SELLER, seller.id()), locale));
	}

}
