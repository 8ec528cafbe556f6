package ladakh.crafts.marketplace.exhibitions.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDates;
import ladakh.crafts.marketplace.exhibitions.StallApplication;
import ladakh.crafts.marketplace.exhibitions.StallApplications;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.exhibitions.StallFeesByCard;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
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
 * A seller's exhibition pages: exhibitions taking applications and their own
 * applications, the application form, and withdrawing. The seller is always the signed-in
 * account's own; another seller's application is not found (404).
 */
@Controller
class SellerExhibitionPages {

	private static final Set<String> DONE = Set.of("applied", "withdrawn", "givenUp");

	private final StallApplications applications;

	private final CraftNames craftNames;

	private final StallFees fees;

	private final FormTexts texts;

	private final StallFeesByCard byCard;

	SellerExhibitionPages(StallApplications applications, CraftNames craftNames, StallFees fees, FormTexts texts,
			StallFeesByCard byCard) {
		this.byCard = byCard;
		this.applications = applications;
		this.craftNames = craftNames;
		this.fees = fees;
		this.texts = texts;
	}

	@GetMapping("/seller/exhibitions")
	Mono<Rendering> list(@AuthenticationPrincipal MarketplaceUser seller, @RequestParam(required = false) String after,
			@RequestParam(required = false) String done, @RequestParam(required = false) String fee,
			@RequestParam(required = false) String check, Locale locale) {
		// Back from the card payment page ("card"): the stall is confirmed once the
		// gateway tells us, which may come a moment after the payer; the page then shows
		// each stall's state and looks again a bounded number of times.
		return list(seller, After.parse(after), (done != null && DONE.contains(done)) ? done : null, List.of(),
				HttpStatus.OK, "card".equals(fee) ? CardReturn.checked(check) : 0, locale);
	}

	/**
	 * Pays an offered stall's fee by card: to the gateway's hosted page
	 * (docs/decisions/0065).
	 */
	@PostMapping("/seller/exhibitions/{id}/stalls/{number}/pay")
	Mono<Rendering> payByCard(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@PathVariable String number, Locale locale) {
		return this.byCard.start(seller, id, number)
			.map((page) -> Rendering.redirectTo(page).build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
							: list(seller, null, null,
									List.of(this.texts.text(ex.messageKey(), locale, ex.arguments())),
									RefusalStatus.of(ex.kind()), locale));
	}

	@GetMapping("/seller/exhibitions/{id}/apply")
	Mono<Rendering> applyForm(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id, Locale locale) {
		return this.applications.exhibition(id)
			.flatMap((exhibition) -> form(seller, exhibition, ApplyForm.empty(), Map.of(), HttpStatus.OK, locale));
	}

	@PostMapping("/seller/exhibitions/{id}/apply")
	Mono<Rendering> apply(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute ApplyForm form, Locale locale) {
		return this.applications.exhibition(id).flatMap((exhibition) -> {
			Map<String, List<String>> errors = this.texts.beside(null, form.problems(), locale);
			if (!errors.isEmpty()) {
				return form(seller, exhibition, form, errors, HttpStatus.BAD_REQUEST, locale);
			}
			return this.applications.apply(seller.sellerId(), id, form.choice())
				.map((saved) -> Rendering.redirectTo("/seller/exhibitions?done=applied").build())
				.onErrorResume(Refusal.class,
						(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex) : form(seller, exhibition, form,
								this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()), locale));
		});
	}

	@PostMapping("/seller/exhibitions/applications/{applicationId}/withdraw")
	Mono<Rendering> withdraw(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String applicationId,
			Locale locale) {
		return this.applications.withdraw(seller.sellerId(), applicationId)
			.map((saved) -> Rendering.redirectTo("/seller/exhibitions?done=withdrawn").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex) : list(seller, null, null,
							List.of(this.texts.text(ex.messageKey(), locale)), RefusalStatus.of(ex.kind()), locale));
	}

	@PostMapping("/seller/exhibitions/{id}/stalls/{number}/give-up")
	Mono<Rendering> giveUp(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@PathVariable String number, Locale locale) {
		return this.fees.giveUp(seller, id, number)
			.map((saved) -> Rendering.redirectTo("/seller/exhibitions?done=givenUp").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex) : list(seller, null, null,
							List.of(this.texts.text(ex.messageKey(), locale)), RefusalStatus.of(ex.kind()), locale));
	}

	private Mono<Rendering> list(MarketplaceUser seller, After after, String done, List<String> problem,
			HttpStatus status, Locale locale) {
		return list(seller, after, done, problem, status, 0, locale);
	}

	/**
	 * {@code cardReturn}: 0 when not back from a card payment, else the how-manieth look.
	 */
	private Mono<Rendering> list(MarketplaceUser seller, After after, String done, List<String> problem,
			HttpStatus status, int cardReturn, Locale locale) {
		return Mono
			.zip(this.applications.open().collectList(), this.applications.mine(seller.sellerId(), after),
					this.craftNames.all(), this.fees.mine(seller.sellerId()).collectList())
			.map((found) -> CardReturn.of(found.getT4(), cardReturn, locale)
				.onto(Rendering.view("exhibitions/seller/list"))
				.status(status)
				.modelAttribute("open", found.getT1().stream().map((e) -> OpenCall.of(e, locale)).toList())
				.modelAttribute("mine",
						found.getT2().items().stream().map((m) -> MineRow.of(m, found.getT3(), locale)).toList())
				.modelAttribute("next", found.getT2().nextAfter())
				.modelAttribute("stalls",
						found.getT4().stream().map((mine) -> SellerStallRow.of(mine, locale, this.texts)).toList())
				.modelAttribute("done", done)
				.modelAttribute("payByCard", this.byCard.available())
				.modelAttribute("cardReturn", cardReturn > 0)
				.modelAttribute("problem", problem)
				.build());
	}

	private Mono<Rendering> form(MarketplaceUser seller, Exhibition exhibition, ApplyForm form,
			Map<String, List<String>> errors, HttpStatus status, Locale locale) {
		return Mono.zip(this.craftNames.all(), this.applications.showable(seller.sellerId())).map((found) -> {
			List<Option> crafts = found.getT1()
				.entrySet()
				.stream()
				.filter((craft) -> exhibition.call() == null || exhibition.call().shows(craft.getKey()))
				.map((craft) -> new Option(craft.getKey(), craft.getValue()))
				.sorted(Comparator.comparing(Option::id))
				.toList();
			List<Option> listings = found.getT2()
				.stream()
				.map((listing) -> new Option(listing.id(), listing.title()))
				.toList();
			return Rendering.view("exhibitions/seller/apply")
				.status(status)
				.modelAttribute("exhibition", exhibition)
				.modelAttribute("dates", ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), locale))
				.modelAttribute("open", this.applications.takesApplications(exhibition))
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.modelAttribute("craftOptions", crafts)
				.modelAttribute("listingOptions", listings)
				.modelAttribute("kinds", List.of(StallKind.values()))
				.modelAttribute("sizes", List.copyOf(ApplyForm.SIZES.keySet()))
				.modelAttribute("claimable", ApplyForm.CLAIMABLE)
				.modelAttribute("maxListings", StallApplication.MAX_LISTINGS)
				.build();
		});
	}

	/**
	 * A craft or listing the form offers.
	 *
	 * @param id what is sent when ticked
	 * @param name in English and Hindi
	 */
	record Option(String id, LocalizedText name) {
	}

	/** An exhibition taking applications. */
	record OpenCall(String id, String name, String dates, String closes) {

		static OpenCall of(Exhibition exhibition, Locale locale) {
			return new OpenCall(exhibition.id(), exhibition.name().in(locale),
					ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), locale),
					IndiaTime.day(exhibition.call().closesOn()).in(locale));
		}

	}

	/** One of the seller's applications as the list shows it. */
	record MineRow(String id, String exhibitionId, String exhibition, String dates, String kind, String size,
			String crafts, int listings, String status, boolean mayWithdraw) {

		static MineRow of(StallApplications.Mine mine, Map<String, LocalizedText> craftNames, Locale locale) {
			StallApplication application = mine.application();
			String crafts = String.join(", ",
					application.crafts()
						.stream()
						.map((slug) -> craftNames.containsKey(slug) ? craftNames.get(slug).in(locale) : slug)
						.toList());
			return new MineRow(application.id(), mine.exhibition().id(), mine.exhibition().name().in(locale),
					ExhibitionDates.span(mine.exhibition().startsOn(), mine.exhibition().endsOn(), locale),
					application.kind().name(), metres(application.widthDm()) + " × " + metres(application.depthDm()),
					crafts, application.listingIds().size(), application.status().name(), mine.mayWithdraw());
		}

		private static String metres(int decimetres) {
			return java.math.BigDecimal.valueOf(decimetres, 1).stripTrailingZeros().toPlainString();
		}

	}

}
