package ladakh.crafts.marketplace.complex;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How pages read the artisan complex: the current and next terms with their shops, one
 * term's record, the latest terms, a seller's own shops, and sellers' names.
 */
@Service
public class ComplexQueries {

	/** Terms on the officers' list: three years of quarterly terms and some ahead. */
	public static final int LATEST_TERMS = 20;

	/** A seller's own shop terms shown. */
	public static final int OWN_TERMS = 40;

	private final ComplexTermRepository terms;

	private final ShopTermRepository shops;

	private final SellerDirectory sellers;

	private final Clock clock;

	ComplexQueries(ComplexTermRepository terms, ShopTermRepository shops, SellerDirectory sellers, Clock clock) {
		this.terms = terms;
		this.shops = shops;
		this.sellers = sellers;
		this.clock = clock;
	}

	/** The term covering today and the one after, each with its shops, if any. */
	public Mono<Now> now() {
		var today = IndiaTime.dayOf(this.clock.instant());
		Mono<Optional<TermShops>> current = this.terms.startedBy(today)
			.filter((term) -> term.coversDay(today))
			.flatMap(this::withShops)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		Mono<Optional<TermShops>> next = this.terms.startingAfter(today)
			.flatMap(this::withShops)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		return Mono.zip(current, next).map((both) -> new Now(both.getT1().orElse(null), both.getT2().orElse(null)));
	}

	/**
	 * One term with its shops.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<TermShops> term(String termId) {
		return this.terms.find(termId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("complex.term.notFound")))
			.flatMap(this::withShops);
	}

	/** The latest terms, newest first. */
	public Mono<List<ComplexTerm>> latest() {
		return this.terms.latest(LATEST_TERMS).collectList();
	}

	/** The last term's day after, the natural first day of the next schedule, if any. */
	public Mono<java.time.LocalDate> dayAfterLastTerm() {
		return this.terms.latest(1).next().map((term) -> term.endsOn().plusDays(1));
	}

	/**
	 * The shops this seller holds, latest term first, as readers see a swap under way
	 * (decision 71): a shop a decided swap gives them, not the one it takes away.
	 */
	public Mono<List<ShopTerm>> heldBy(String sellerId) {
		return Flux.concat(this.shops.heldBy(sellerId, OWN_TERMS), this.shops.swappingTo(sellerId, OWN_TERMS))
			.distinct(ShopTerm::id)
			.concatMap((shop) -> shown(shop))
			.filter((shop) -> sellerId.equals(shop.sellerId()))
			.sort(Comparator.comparing(ShopTerm::startsOn).reversed())
			.take(OWN_TERMS)
			.collectList();
	}

	/** A shop as readers see it, beside its swap partner when it is marked. */
	private Mono<ShopTerm> shown(ShopTerm shop) {
		if (!shop.marked()) {
			return Mono.just(shop);
		}
		return this.shops.find(shop.termId(), shop.pendingSwap().partner())
			.map(shop::shownBeside)
			.defaultIfEmpty(shop.shownBeside(null));
	}

	/** Names of sellers, id to name. */
	public Mono<Map<String, String>> names(Collection<String> sellerIds) {
		return this.sellers.names(sellerIds);
	}

	/** The names of everyone a term's record and shops mention. */
	public Mono<Map<String, String>> names(TermShops term) {
		List<String> ids = new ArrayList<>();
		term.term().placed().forEach((r) -> ids.add(r.sellerId()));
		term.term().waiting().forEach((r) -> ids.add(r.sellerId()));
		term.shops().forEach((shop) -> shop.spells().forEach((spell) -> ids.add(spell.sellerId())));
		return this.sellers.names(ids.stream().distinct().toList());
	}

	private Mono<TermShops> withShops(ComplexTerm term) {
		return this.shops.ofTerm(term.id()).map((shops) -> new TermShops(term, ShopTerm.shown(shops)));
	}

	/**
	 * A term and its shops in plan order.
	 *
	 * @param term the term
	 * @param shops its 20 shops
	 */
	public record TermShops(ComplexTerm term, List<ShopTerm> shops) {

	}

	/**
	 * Today's view of the complex.
	 *
	 * @param current the term covering today, or null
	 * @param next the term after today, or null
	 */
	public record Now(TermShops current, TermShops next) {

	}

}
