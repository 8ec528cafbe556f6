package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.catalog.index.Localized;
import ladakh.crafts.catalog.search.FacetCount;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Browsing straight from MongoDB while Elasticsearch cannot answer: the same filters,
 * sorts and page numbers, no full text, no cursor. Facets count as the index's do, each
 * under every active filter but its own (so a buyer who picked a craft still sees the
 * other crafts' counts); there are no price buckets.
 */
@Component
class MongoCatalogBrowse {

	private static final List<String> VISIBLE = List.of("PUBLISHED", "SOLD_OUT");

	private static final List<String> SELLER_FIELDS = List.of("_id", "name", "type", "district", "registrationNumber",
			"status", "validUntil");

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	MongoCatalogBrowse(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** One page of the listings the query's filters select; its text is ignored. */
	Mono<SearchPage> browse(SearchQuery query) {
		LocalDate today = LocalDate.now(this.clock);
		return Mono.zip(sellingSellers(today), craftNames()).flatMap((found) -> {
			Map<String, Document> selling = found.getT1();
			Map<String, Document> sellers = new HashMap<>();
			selling.forEach((id, seller) -> {
				if (chosen(seller, query)) {
					sellers.put(id, seller);
				}
			});
			Criteria criteria = listingCriteria(query, sellers.keySet(), true);
			Query page = Query.query(criteria)
				.with(sort(query))
				.skip((long) (query.page() - 1) * query.size())
				.limit(query.size());
			Mono<Long> total = this.mongo.count(Query.query(criteria), "listings");
			Mono<List<SearchHit>> hits = this.mongo.find(page, Document.class, "listings")
				.map((listing) -> hit(listing, sellers.get(listing.getString("sellerId")), found.getT2(), today))
				.collectList();
			return Mono.zip(total, hits, facets(query, listingCriteria(query, selling.keySet(), false), selling))
				.map((parts) -> new SearchPage(parts.getT1(), query.page(), query.size(), null, parts.getT2(),
						parts.getT3()));
		});
	}

	/**
	 * Every seller selling now, of the types the storefront shows (the facets need all).
	 */
	private Mono<Map<String, Document>> sellingSellers(LocalDate today) {
		Query sellers = Query
			.query(Criteria.where("status").is("ACTIVE").and("type").in((Object[]) SellerStanding.SELLER_TYPES));
		SELLER_FIELDS.forEach((field) -> sellers.fields().include(field));
		return this.mongo.find(sellers, Document.class, "sellers")
			.filter((seller) -> SellerStanding.sellsNow(seller, today))
			.collect(Collectors.toMap((seller) -> seller.getString("_id"), Function.identity()));
	}

	/** Whether a seller passes the query's seller type and district filters. */
	private static boolean chosen(Document seller, SearchQuery query) {
		return ofType(seller, query) && inDistrict(seller, query);
	}

	private static boolean ofType(Document seller, SearchQuery query) {
		return query.sellerType() == null || query.sellerType().equals(seller.getString("type"));
	}

	private static boolean inDistrict(Document seller, SearchQuery query) {
		return query.district() == null || query.district().equals(seller.getString("district"));
	}

	private Mono<Map<String, Localized>> craftNames() {
		return this.mongo.find(new Query(), Document.class, "crafts")
			.collect(Collectors.toMap((craft) -> craft.getString("_id"), (craft) -> {
				LocalizedText name = LocalizedText.of(craft.get("name"));
				return new Localized(name.en(), name.hi());
			}));
	}

	/**
	 * The listings of these sellers that the query's listing filters select.
	 * @param withCraft whether to apply the craft filter too (the facets count without it
	 * and apply it per facet)
	 */
	private static Criteria listingCriteria(SearchQuery query, java.util.Set<String> sellerIds, boolean withCraft) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("sellerId").in(sellerIds));
		all.add(Criteria.where("status").in(VISIBLE));
		if (withCraft && query.craft() != null) {
			all.add(Criteria.where("craft").is(query.craft()));
		}
		if (query.priceMinMinor() != null) {
			all.add(Criteria.where("priceMinor").gte(query.priceMinMinor()));
		}
		if (query.priceMaxMinor() != null) {
			all.add(Criteria.where("priceMinor").lte(query.priceMaxMinor()));
		}
		if (Boolean.TRUE.equals(query.gi())) {
			all.add(Criteria.where("giTag").ne(null));
		}
		else if (Boolean.FALSE.equals(query.gi())) {
			all.add(Criteria.where("giTag").is(null));
		}
		if (Boolean.TRUE.equals(query.inStock())) {
			all.add(Criteria.where("status").is("PUBLISHED"));
			all.add(new Criteria().orOperator(Criteria.where("madeToOrder").is(true), Criteria.where("stock").gt(0)));
		}
		return new Criteria().andOperator(all.toArray(Criteria[]::new));
	}

	private static Sort sort(SearchQuery query) {
		Sort byId = Sort.by("_id");
		return switch (query.sort()) {
			case PRICE_ASC -> Sort.by(Sort.Direction.ASC, "priceMinor").and(byId);
			case PRICE_DESC -> Sort.by(Sort.Direction.DESC, "priceMinor").and(byId);
			default -> Sort.by(Sort.Direction.DESC, "createdAt").and(byId);
		};
	}

	/**
	 * Counts per craft and per seller in one pass over the listings that match every
	 * filter but craft, seller type and district; each facet then applies the other two.
	 */
	private Mono<Facets> facets(SearchQuery query, Criteria criteria, Map<String, Document> sellers) {
		Aggregation counts = Aggregation.newAggregation(Aggregation.match(criteria),
				Aggregation.group("craft", "sellerId").count().as("count"));
		return this.mongo.aggregate(counts, "listings", Document.class).collectList().map((groups) -> {
			Map<String, Long> craft = new HashMap<>();
			Map<String, Long> type = new HashMap<>();
			Map<String, Long> district = new HashMap<>();
			for (Document group : groups) {
				Document key = (group.get("_id") instanceof Document id) ? id : group;
				long count = ((Number) group.get("count")).longValue();
				String slug = key.getString("craft");
				Document seller = sellers.get(key.getString("sellerId"));
				if (seller == null) {
					continue;
				}
				boolean craftChosen = query.craft() == null || query.craft().equals(slug);
				if (slug != null && ofType(seller, query) && inDistrict(seller, query)) {
					craft.merge(slug, count, Long::sum);
				}
				if (craftChosen && inDistrict(seller, query)) {
					type.merge(seller.getString("type"), count, Long::sum);
				}
				if (craftChosen && ofType(seller, query) && seller.getString("district") != null) {
					district.merge(seller.getString("district"), count, Long::sum);
				}
			}
			return new Facets(counts(craft), counts(type), counts(district), List.of());
		});
	}

	private static List<FacetCount> counts(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new FacetCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
			.toList();
	}

	private static SearchHit hit(Document listing, Document seller, Map<String, Localized> crafts, LocalDate today) {
		Document owner = (seller != null) ? seller : new Document();
		LocalizedText title = LocalizedText.of(listing.get("title"));
		Number price = listing.get("priceMinor", Number.class);
		Number stock = listing.get("stock", Number.class);
		Number lead = listing.get("leadTimeDays", Number.class);
		boolean madeToOrder = Boolean.TRUE.equals(listing.getBoolean("madeToOrder"));
		boolean inStock = "PUBLISHED".equals(listing.getString("status"))
				&& (madeToOrder || (stock != null && stock.intValue() > 0));
		return new SearchHit(listing.getString("_id"), new Localized(title.en(), title.hi()),
				listing.getString("craft"), crafts.get(listing.getString("craft")),
				(price != null) ? price.longValue() : 0L,
				(listing.getString("currency") != null) ? listing.getString("currency") : "INR",
				listing.getString("sellerId"), owner.getString("name"), owner.getString("type"),
				owner.getString("district"), owner.getString("registrationNumber"),
				SellerStanding.verified(owner, today), inStock, madeToOrder, (lead != null) ? lead.intValue() : null,
				listing.get("giTag") != null, ListingPhotos.firstThumbnail(listing));
	}

}
