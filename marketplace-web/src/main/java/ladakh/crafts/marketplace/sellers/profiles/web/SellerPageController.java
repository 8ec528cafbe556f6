package ladakh.crafts.marketplace.sellers.profiles.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.SellerStalls;
import ladakh.crafts.marketplace.sellers.profiles.SellerProfiles;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.ShopShelf;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sellers/{id}}: an artisan's, SHG's or training centre's public shop page, its
 * products a page at a time ({@code ?page=2}).
 */
@Controller
class SellerPageController {

	private final SellerProfiles profiles;

	private final ShopShelf shelf;

	private final SellerStalls stalls;

	private final Clock clock;

	SellerPageController(SellerProfiles profiles, ShopShelf shelf, SellerStalls stalls, Clock clock) {
		this.profiles = profiles;
		this.shelf = shelf;
		this.stalls = stalls;
		this.clock = clock;
	}

	@GetMapping("/sellers/{id}")
	Mono<Rendering> page(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Locale locale) {
		if (page < 1 || page > ShopShelf.Shelf.LAST_PAGE) {
			return Mono.error(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		return this.profiles.find(id, locale)
			.flatMap((profile) -> Mono
				.zip(profile.selling() ? this.shelf.listingsOf(id, page, locale)
						: Mono.just(ShopShelf.Shelf.empty(page)),
						profile.selling() ? meetAt(id, today) : Mono.just(List.<SellerStalls.Stall>of()))
				.map((found) -> Rendering.view("sellers/profiles/seller")
					.modelAttribute("seller", profile)
					.modelAttribute("listings", found.getT1().cards())
					.modelAttribute("stalls", found.getT2())
					.modelAttribute("today", today)
					.modelAttribute("previousUrl", (page > 1) ? "/sellers/" + id + "?page=" + (page - 1) : null)
					.modelAttribute("nextUrl", found.getT1().more() ? "/sellers/" + id + "?page=" + (page + 1) : null)
					.build()))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** Where to meet the seller: stalls at exhibitions not ended today, soonest first. */
	private Mono<List<SellerStalls.Stall>> meetAt(String id, LocalDate today) {
		return this.stalls.of(id)
			.map((all) -> all.stream()
				.filter((stall) -> stall.notEndedBy(today))
				.sorted(java.util.Comparator.comparing(SellerStalls.Stall::startsOn))
				.toList());
	}

}
