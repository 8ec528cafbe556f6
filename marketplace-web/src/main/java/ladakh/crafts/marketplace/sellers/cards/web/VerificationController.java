package ladakh.crafts.marketplace.sellers.cards.web;

import java.time.Clock;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.SellerStalls;
import ladakh.crafts.marketplace.sellers.cards.RegisteredArtisans;
import ladakh.crafts.marketplace.sellers.units.SellerUnits;
import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The public card check: {@code /verify/LEH/HC/2026/0042} (what the QR code opens) or the
 * lookup form at {@code /verify?number=...}. A number nobody holds answers 404 with a
 * warning that the card may be fake.
 */
@Controller
class VerificationController {

	private final RegisteredArtisans artisans;

	private final SellerStalls stalls;

	private final SellerUnits units;

	private final Clock clock;

	VerificationController(RegisteredArtisans artisans, SellerStalls stalls, SellerUnits units, Clock clock) {
		this.artisans = artisans;
		this.stalls = stalls;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/verify")
	Mono<Rendering> lookup(@RequestParam(name = "number", required = false) String number, Locale locale) {
		if (number == null || number.isBlank()) {
			return Mono.just(Rendering.view("sellers/cards/verify").modelAttribute("number", "").build());
		}
		return verify(number, locale);
	}

	/** The number's slashes are path segments, so the rest of the path is the number. */
	@GetMapping("/verify/{*number}")
	Mono<Rendering> verifyPath(@PathVariable String number, Locale locale) {
		return verify(number, locale);
	}

	private Mono<Rendering> verify(String number, Locale locale) {
		String shown = number.trim();
		if (shown.startsWith("/")) {
			shown = shown.substring(1);
		}
		String typed = (shown.length() > 40) ? shown.substring(0, 40) : shown;
		// The stall history lets a visitor at a stall check the person behind the counter
		// (decision 57): past and coming, the latest first.
		return this.artisans.verify(number, locale)
			.flatMap((verification) -> this.stalls.of(verification.sellerId())
				.map((history) -> Rendering.view("sellers/cards/verify")
					.modelAttribute("number", verification.registrationNumber())
					.modelAttribute("verification", verification)
					.modelAttribute("stalls", history)
					.modelAttribute("today", IndiaTime.dayOf(this.clock.instant()))
					.build()))
			// Unit holders and co-operative societies hold the department's numbers too
			// (LEH/UH/..., LEH/CS/...): their own section of the page.
			.switchIfEmpty(Mono.defer(() -> this.units.verify(number)
				.flatMap((unit) -> this.stalls.of(unit.id())
					.map((history) -> Rendering.view("sellers/cards/verify")
						.modelAttribute("number", unit.registrationNumber())
						.modelAttribute("unit", unit)
						.modelAttribute("stalls", history)
						.modelAttribute("today", IndiaTime.dayOf(this.clock.instant()))
						.build()))))
			.defaultIfEmpty(Rendering.view("sellers/cards/verify")
				.status(HttpStatus.NOT_FOUND)
				.modelAttribute("number", typed)
				.modelAttribute("notFound", true)
				.build());
	}

}
