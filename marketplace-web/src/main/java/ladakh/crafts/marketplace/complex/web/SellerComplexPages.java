package ladakh.crafts.marketplace.complex.web;

import java.time.Clock;
import java.util.Locale;

import ladakh.crafts.marketplace.complex.ComplexQueries;
import ladakh.crafts.marketplace.complex.ShopTerm;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A seller's own shop terms in the complex: always the signed-in account's seller, so
 * there is no other seller's page to ask for.
 */
@Controller
class SellerComplexPages {

	private final ComplexQueries complex;

	private final Clock clock;

	SellerComplexPages(ComplexQueries complex, Clock clock) {
		this.complex = complex;
		this.clock = clock;
	}

	@GetMapping("/seller/artisan-complex")
	Mono<Rendering> mine(@AuthenticationPrincipal MarketplaceUser seller, Locale locale) {
		var today = IndiaTime.dayOf(this.clock.instant());
		return this.complex.heldBy(seller.sellerId())
			.map((held) -> Rendering.view("complex/seller/mine")
				.modelAttribute("shopRows", held.stream().map((shop) -> OwnShop.of(shop, today, locale)).toList())
				.build());
	}

	/**
	 * One of the seller's shop terms.
	 *
	 * @param shop e.g. A3
	 * @param termId the term, for its public record
	 * @param dates its days
	 * @param when the message key of now, upcoming or past
	 */
	record OwnShop(String shop, String termId, String dates, String when) {

		static OwnShop of(ShopTerm shop, java.time.LocalDate today, Locale locale) {
			String when = shop.endsOn().isBefore(today) ? "past" : shop.startsOn().isAfter(today) ? "upcoming" : "now";
			return new OwnShop(shop.shop(), shop.termId(),
					IndiaTime.day(shop.startsOn()).in(locale) + " – " + IndiaTime.day(shop.endsOn()).in(locale),
					"complex.seller.when." + when);
		}

	}

}
