package ladakh.crafts.marketplace.exhibitions.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import ladakh.crafts.marketplace.exhibitions.StallAllocation;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.exhibitions.StallOverrides;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
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

/**
 * An exhibition's stalls after the draw, for officers and accounts staff: who holds each
 * stall, its fee and due day, the waitlist and the exhibition's log. Accounts staff and
 * officers record a fee paid offline; officers give, take back or move a stall by hand,
 * each with a reason. A refused form comes back with its messages beside the stall's
 * fields (409 when the stall changed meanwhile, or a late payment).
 */
@Controller
class StaffAllocationPages {

	private static final Set<String> DONE = Set.of("fee", "allocate", "takeBack", "move");

	private final StallOverrides overrides;

	private final StallFees fees;

	private final FormTexts texts;

	private final Clock clock;

	StaffAllocationPages(StallOverrides overrides, StallFees fees, FormTexts texts, Clock clock) {
		this.overrides = overrides;
		this.fees = fees;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/staff/exhibitions/{id}/allocations")
	Mono<Rendering> board(@PathVariable String id, @RequestParam(required = false) String done, Locale locale) {
		return page(id, null, Map.of(), StallActionForm.EMPTY, HttpStatus.OK,
				(done != null && DONE.contains(done)) ? done : null, locale);
	}

	@PostMapping("/staff/exhibitions/{id}/allocations/{number}/fee")
	Mono<Rendering> fee(@PathVariable String id, @PathVariable String number, @ModelAttribute StallActionForm form,
			@AuthenticationPrincipal MarketplaceUser staff, Locale locale) {
		Map<String, List<String>> problems = this.texts.beside(null, form.feeProblems(), locale);
		if (!problems.isEmpty()) {
			return page(id, new Failed(number, "fee"), problems, form, HttpStatus.BAD_REQUEST, null, locale);
		}
		return act(id, number, "fee", form, locale,
				() -> this.fees.recordPayment(staff, id, number, form.sellerId(), form.reference(), form.paidOnDay()));
	}

	@PostMapping("/staff/exhibitions/{id}/allocations/{number}/allocate")
	Mono<Rendering> allocate(@PathVariable String id, @PathVariable String number, @ModelAttribute StallActionForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return act(id, number, "allocate", form, locale,
				() -> this.overrides.allocate(officer, id, number, form.sellerId(), form.reason()));
	}

	@PostMapping("/staff/exhibitions/{id}/allocations/{number}/take-back")
	Mono<Rendering> takeBack(@PathVariable String id, @PathVariable String number, @ModelAttribute StallActionForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return act(id, number, "takeBack", form, locale,
				() -> this.overrides.takeBack(officer, id, number, form.reason()));
	}

	@PostMapping("/staff/exhibitions/{id}/allocations/{number}/move")
	Mono<Rendering> move(@PathVariable String id, @PathVariable String number, @ModelAttribute StallActionForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return act(id, number, "move", form, locale,
				() -> this.overrides.move(officer, id, number, form.to(), form.reason()));
	}

	private Mono<Rendering> act(String id, String number, String action, StallActionForm form, Locale locale,
			Supplier<Mono<StallAllocation>> move) {
		return Mono.defer(move)
			.map((saved) -> Rendering.redirectTo("/staff/exhibitions/" + id + "/allocations?done=" + action).build())
			.onErrorResume(Refusal.class,
					// No such exhibition or stall in the address: the page is not found.
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND && ex.field() == null) ? Mono.error(ex)
							: page(id, new Failed(number, action), this.texts.beside(ex, locale), form,
									RefusalStatus.of(ex.kind()), null, locale));
	}

	private Mono<Rendering> page(String id, Failed failed, Map<String, List<String>> errors, StallActionForm form,
			HttpStatus status, String done, Locale locale) {
		return this.overrides.board(id).map((board) -> {
			StallBoardView view = StallBoardView.of(board, failed, errors, form, locale, this.texts);
			return Rendering.view("exhibitions/staff/allocations")
				.status(status)
				.modelAttribute("exhibition", board.exhibition())
				.modelAttribute("name", board.exhibition().name().in(locale))
				.modelAttribute("drawn", board.drawn())
				.modelAttribute("rows", view.rows())
				.modelAttribute("waitlist", view.waitlist())
				.modelAttribute("trail", view.trail())
				.modelAttribute("today", IndiaTime.dayOf(this.clock.instant()).toString())
				.modelAttribute("done", done)
				.modelAttribute("problem", (failed != null) ? errors.getOrDefault("", List.of()) : List.of())
				.build();
		});
	}

	/**
	 * The stall form that was refused.
	 *
	 * @param stall its stall
	 * @param action {@code fee}, {@code allocate}, {@code takeBack} or {@code move}
	 */
	record Failed(String stall, String action) {
	}

}
