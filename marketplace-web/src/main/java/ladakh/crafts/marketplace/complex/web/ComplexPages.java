package ladakh.crafts.marketplace.complex.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.complex.ComplexQueries;
import ladakh.crafts.marketplace.complex.ComplexShops;
import ladakh.crafts.marketplace.complex.ComplexTerm;
import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The public pages: the complex's plan with the current term's holders and the next
 * term's, and each term's record (the schedule's seed and ranking, and every holder of
 * every shop that term: the history).
 */
@Controller
class ComplexPages {

	private final ComplexQueries complex;

	ComplexPages(ComplexQueries complex) {
		this.complex = complex;
	}

	@GetMapping("/artisan-complex")
	Mono<Rendering> plan(Locale locale) {
		return this.complex.now().flatMap((now) -> {
			List<String> ids = new ArrayList<>();
			for (ComplexQueries.TermShops term : new ComplexQueries.TermShops[] { now.current(), now.next() }) {
				if (term != null) {
					term.shops().stream().filter((shop) -> !shop.vacant()).forEach((shop) -> ids.add(shop.sellerId()));
				}
			}
			return this.complex.names(ids).map((names) -> {
				TermView current = TermView.of(now.current(), names, locale);
				TermView next = TermView.of(now.next(), names, locale);
				Rendering.Builder<?> page = Rendering.view("complex/plan")
					.modelAttribute("map", ComplexMap.of((current != null) ? current.shops() : List.of()))
					.modelAttribute("shopCount", ComplexShops.NUMBERS.size());
				return ComplexViews.with(ComplexViews.with(page, "current", current), "next", next).build();
			});
		});
	}

	@GetMapping("/artisan-complex/terms/{id}")
	Mono<Rendering> term(@PathVariable String id, Locale locale) {
		return this.complex.term(id)
			.flatMap((term) -> this.complex.names(term)
				.map((names) -> Rendering.view("complex/term")
					.modelAttribute("term", TermView.of(term, names, locale))
					.modelAttribute("record", term.term())
					.modelAttribute("names", names)
					.modelAttribute("ranking", ranking(term.term(), names))
					.modelAttribute("history",
							term.term()
								.history()
								.stream()
								.map((past) -> new Past(ComplexViews.name(past.sellerId(), names), past.sellerId(),
										IndiaTime.day(past.endsOn()).in(locale)))
								.toList())
					.build()));
	}

	private static List<Ranked> ranking(ComplexTerm term, Map<String, String> names) {
		List<Ranked> all = new ArrayList<>();
		for (List<ComplexTerm.Ranked> part : List.of(term.placed(), term.waiting())) {
			part.forEach((r) -> all.add(new Ranked(r.rank(), ComplexViews.name(r.sellerId(), names), r.sellerId(),
					r.shop(), r.recentTerms(), r.ticket())));
		}
		return all;
	}

	/**
	 * A term as its pages show it.
	 *
	 * @param id the term
	 * @param dates its days as people write them
	 * @param shops its shops
	 * @param held how many are held
	 */
	record TermView(String id, String dates, List<ShopRow> shops, long held) {

		static TermView of(ComplexQueries.TermShops term, Map<String, String> names, Locale locale) {
			if (term == null) {
				return null;
			}
			List<ShopRow> shops = ComplexViews.shops(term, names, locale);
			return new TermView(term.term().id(), ComplexViews.dates(term.term(), locale), shops,
					shops.stream().filter((shop) -> !shop.vacant()).count());
		}

	}

	/**
	 * A seller's place in a term's rotation order.
	 *
	 * @param rank 1 first
	 * @param name the seller's name
	 * @param sellerId their id (the ticket is computed from it)
	 * @param shop the shop the schedule gave, or null
	 * @param recentTerms shop terms in the three years before
	 * @param ticket the lottery ticket
	 */
	record Ranked(int rank, String name, String sellerId, String shop, int recentTerms, String ticket) {
	}

	/**
	 * A shop term the rotation counted.
	 *
	 * @param name the holder
	 * @param sellerId their id
	 * @param endsOn the term's last day
	 */
	record Past(String name, String sellerId, String endsOn) {
	}

}
