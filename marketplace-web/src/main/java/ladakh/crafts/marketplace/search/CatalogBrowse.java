package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ladakh.crafts.catalog.index.Localized;
import ladakh.crafts.catalog.search.FacetCount;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.exhibitions.StallDirectory;
import ladakh.crafts.marketplace.shared.Money;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Browsing straight from the catalog while Elasticsearch cannot answer: the same filters
 * (colour too), sorts and page numbers, no full text, no cursor. Facets count as the
 * index's do, each under every active filter but its own (so a buyer who picked a craft
 * still sees the other crafts' counts); there are no price buckets.
 */
@Component
class CatalogBrowse {

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final ShowcaseRepository showcase;

	private final StallDirectory stalls;

	private final Clock clock;

	CatalogBrowse(ListingQueries listings, StorefrontSellers sellers, ShowcaseRepository showcase,
			StallDirectory stalls, Clock clock) {
		this.listings = listings;
		this.sellers = sellers;
		this.showcase = showcase;
		this.stalls = stalls;
		this.clock = clock;
	}

	/** One page of the listings the query's filters select; its text is ignored. */
	Mono<SearchPage> browse(SearchQuery query) {
		LocalDate today = LocalDate.now(this.clock);
		// An exhibition narrows the sellers to those given a stall there (decision 57).
		Mono<Map<String, StorefrontSellers.ShownSeller>> sellingNow = (query.exhibition() == null)
				? this.sellers.sellingNow()
				: Mono.zip(this.sellers.sellingNow(), this.stalls.sellersAt(query.exhibition()))
					.map((both) -> both.getT1()
						.entrySet()
						.stream()
						.filter((entry) -> both.getT2().contains(entry.getKey()))
						.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		return Mono.zip(sellingNow, craftNames()).flatMap((found) -> {
			Map<String, StorefrontSellers.ShownSeller> selling = found.getT1();
			Set<String> chosen = selling.values()
				.stream()
				.filter((seller) -> ofType(seller, query) && inDistrict(seller, query))
				.map(StorefrontSellers.ShownSeller::id)
				.collect(Collectors.toSet());
			ListingQueries.Browse browse = browse(query, chosen);
			Mono<List<SearchHit>> hits = this.listings
				.browse(browse, order(query), (long) (query.page() - 1) * query.size(), query.size())
				.map((listing) -> hit(listing, selling.get(listing.sellerId()), found.getT2()))
				.collectList();
			ListingQueries.Browse everySeller = browse(query, selling.keySet());
			return Mono
				.zip(this.listings.count(browse), hits, facets(query, everySeller.anyCraft(), selling),
						colours(query, everySeller.anyColour(), selling))
				.map((parts) -> new SearchPage(parts.getT1(), query.page(), query.size(), null, parts.getT2(),
						new Facets(parts.getT3().craft(), parts.getT3().sellerType(), parts.getT3().district(),
								parts.getT3().price(), parts.getT4())));
		});
	}

	private static ListingQueries.Browse browse(SearchQuery query, Set<String> sellerIds) {
		return new ListingQueries.Browse(sellerIds, query.craft(),
				(query.priceMinMinor() != null) ? Money.paise(query.priceMinMinor()) : null,
				(query.priceMaxMinor() != null) ? Money.paise(query.priceMaxMinor()) : null, query.gi(),
				query.inStock(), query.colour());
	}

	private static ListingQueries.Order order(SearchQuery query) {
		return switch (query.sort()) {
			case PRICE_ASC -> ListingQueries.Order.PRICE_ASCENDING;
			case PRICE_DESC -> ListingQueries.Order.PRICE_DESCENDING;
			default -> ListingQueries.Order.NEWEST;
		};
	}

	private static boolean ofType(StorefrontSellers.ShownSeller seller, SearchQuery query) {
		return query.sellerType() == null || query.sellerType().equals(seller.type());
	}

	private static boolean inDistrict(StorefrontSellers.ShownSeller seller, SearchQuery query) {
		return query.district() == null || query.district().equals(seller.district());
	}

	private Mono<Map<String, Localized>> craftNames() {
		return this.showcase.crafts()
			.collectMap(ShowcaseRepository.Craft::slug, (craft) -> new Localized(craft.name().en(), craft.name().hi()));
	}

	/**
	 * Counts per craft and per seller in one pass over the listings that match every
	 * filter but craft, seller type and district; each facet then applies the other two.
	 */
	private Mono<Facets> facets(SearchQuery query, ListingQueries.Browse anyCraft,
			Map<String, StorefrontSellers.ShownSeller> sellers) {
		return this.listings.countByCraftAndSeller(anyCraft).collectList().map((groups) -> {
			Map<String, Long> craft = new HashMap<>();
			Map<String, Long> type = new HashMap<>();
			Map<String, Long> district = new HashMap<>();
			for (ListingQueries.CraftSellerCount group : groups) {
				String slug = group.craft();
				StorefrontSellers.ShownSeller seller = sellers.get(group.sellerId());
				if (seller == null) {
					continue;
				}
				boolean craftChosen = query.craft() == null || query.craft().equals(slug);
				if (slug != null && ofType(seller, query) && inDistrict(seller, query)) {
					craft.merge(slug, group.count(), Long::sum);
				}
				if (craftChosen && inDistrict(seller, query)) {
					type.merge(seller.type(), group.count(), Long::sum);
				}
				if (craftChosen && ofType(seller, query) && seller.district() != null) {
					district.merge(seller.district(), group.count(), Long::sum);
				}
			}
			return new Facets(counts(craft), counts(type), counts(district), List.of());
		});
	}

	/**
	 * The colour facet: counts per colour over the listings that match every filter but
	 * colour, seller type and district; then the seller type and district chosen.
	 */
	private Mono<List<FacetCount>> colours(SearchQuery query, ListingQueries.Browse anyColour,
			Map<String, StorefrontSellers.ShownSeller> sellers) {
		return this.listings.countByColourAndSeller(anyColour).collectList().map((groups) -> {
			Map<String, Long> colour = new HashMap<>();
			for (ListingQueries.ColourSellerCount group : groups) {
				StorefrontSellers.ShownSeller seller = sellers.get(group.sellerId());
				if (seller != null && group.colour() != null && ofType(seller, query) && inDistrict(seller, query)) {
					colour.merge(group.colour(), group.count(), Long::sum);
				}
			}
			return counts(colour);
		});
	}

	private static List<FacetCount> counts(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new FacetCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
			.toList();
	}

	private static SearchHit hit(Listing listing, StorefrontSellers.ShownSeller seller, Map<String, Localized> crafts) {
		boolean inStock = listing.status() == ListingStatus.PUBLISHED && listing.available();
		return new SearchHit(listing.id(), new Localized(listing.title().en(), listing.title().hi()), listing.craft(),
				crafts.get(listing.craft()), listing.price().minor(), listing.price().currencyCode(),
				listing.sellerId(), (seller != null) ? seller.name() : null, (seller != null) ? seller.type() : null,
				(seller != null) ? seller.district() : null, (seller != null) ? seller.registrationNumber() : null,
				seller != null && seller.verified(), inStock, listing.madeToOrder(), listing.leadTimeDays(),
				listing.giName() != null, ListingPhotos.firstThumbnail(listing));
	}

}
