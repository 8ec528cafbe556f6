package ladakh.crafts.marketplace.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The storefront's reads of listings buyers can see ({@link ListingQueries}), on the same
 * documents and with the same mapping as {@link ListingRepository}. The storefront asks
 * the catalog index first; these run while it is down, and the product page and
 * checkout's reads by id always (decision 44). Each query's index is declared in
 * {@link #createIndexes()}.
 */
@Repository
class ListingBrowseRepository {

	private static final List<String> VISIBLE = List.of(ListingStatus.PUBLISHED.name(), ListingStatus.SOLD_OUT.name());

	private final ReactiveMongoTemplate mongo;

	ListingBrowseRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Listing> visible(String id) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(id).and("status").in(VISIBLE)), Document.class,
					ListingRepository.COLLECTION)
			.map(ListingDocuments::listing);
	}

	/**
	 * Those of the given listings buyers can see, in one read by key (unknown ids left
	 * out).
	 */
	Flux<Listing> visibleAmong(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return find(Query.query(Criteria.where("_id").in(new LinkedHashSet<>(ids)).and("status").in(VISIBLE)));
	}

	Flux<Listing> newestPublished(int limit) {
		Query query = Query.query(Criteria.where("status").is(ListingStatus.PUBLISHED.name()))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(limit);
		return find(query);
	}

	Mono<Long> countPublished() {
		return this.mongo.count(Query.query(Criteria.where("status").is(ListingStatus.PUBLISHED.name())),
				ListingRepository.COLLECTION);
	}

	Flux<Listing> visibleOf(String sellerId, long skip, int limit) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId).and("status").in(VISIBLE))
			.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
			.skip(skip)
			.limit(limit);
		return find(query);
	}

	Flux<Listing> browse(ListingQueries.Browse browse, ListingQueries.Order order, long skip, int limit) {
		return find(Query.query(criteria(browse)).with(sort(order)).skip(skip).limit(limit));
	}

	Mono<Long> count(ListingQueries.Browse browse) {
		return this.mongo.count(Query.query(criteria(browse)), ListingRepository.COLLECTION);
	}

	Flux<ListingQueries.CraftSellerCount> countByCraftAndSeller(ListingQueries.Browse browse) {
		Aggregation counts = Aggregation.newAggregation(Aggregation.match(criteria(browse)),
				Aggregation.group("craft", "sellerId").count().as("count"));
		return this.mongo.aggregate(counts, ListingRepository.COLLECTION, Document.class).map((group) -> {
			Document key = (group.get("_id") instanceof Document id) ? id : group;
			return new ListingQueries.CraftSellerCount(key.getString("craft"), key.getString("sellerId"),
					((Number) group.get("count")).longValue());
		});
	}

	Flux<ListingQueries.ColourSellerCount> countByColourAndSeller(ListingQueries.Browse browse) {
		Aggregation counts = Aggregation.newAggregation(Aggregation.match(criteria(browse)),
				Aggregation.unwind("colours"), Aggregation.group("colours", "sellerId").count().as("count"));
		return this.mongo.aggregate(counts, ListingRepository.COLLECTION, Document.class).map((group) -> {
			Document key = (group.get("_id") instanceof Document id) ? id : group;
			return new ListingQueries.ColourSellerCount(key.getString("colours"), key.getString("sellerId"),
					((Number) group.get("count")).longValue());
		});
	}

	// ------------------------------------------------------------------ indexes

	/**
	 * The indexes this class's queries need: the newest published ({@code status}, newest
	 * first), a seller's shop ({@code sellerId}, {@code status}, newest first), a craft
	 * page while the index is down ({@code craft}, {@code status}, newest first), the
	 * storefront's price orders, and its colour filter while the index is down. Names are
	 * fixed so a start that finds an index declared elsewhere with the same keys (the
	 * demo's) finds the same name.
	 */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(ListingRepository.COLLECTION)
			.flatMapMany((listings) -> listings.createIndexes(List.of(
					index("status_createdAt", Indexes.ascending("status"), Indexes.descending("createdAt")),
					index("sellerId_status_createdAt", Indexes.ascending("sellerId", "status"),
							Indexes.descending("createdAt")),
					index("craft_status_createdAt", Indexes.ascending("craft", "status"),
							Indexes.descending("createdAt")),
					index("status_priceMinor", Indexes.ascending("status", "priceMinor")),
					// The search page while the index is down: verified sellers'
					// listings
					// of a craft, or in a price range (the embedded engine takes
					// the index
					// with the longest prefix, decision 43).
					index("craft_sellerId_status_createdAt", Indexes.ascending("craft", "sellerId", "status"),
							Indexes.descending("createdAt")),
					index("sellerId_status_priceMinor", Indexes.ascending("sellerId", "status", "priceMinor")),
					// ... of a colour, or of a craft in a colour (multikey on the
					// listing's colour codes).
					index("colours_sellerId_status_createdAt", Indexes.ascending("colours", "sellerId", "status"),
							Indexes.descending("createdAt")),
					index("craft_colours_sellerId_status_createdAt",
							Indexes.ascending("craft", "colours", "sellerId", "status"),
							Indexes.descending("createdAt")),
					// The seller home's low stock.
					index("sellerId_stock", Indexes.ascending("sellerId", "stock")))))
			.then();
	}

	private static IndexModel index(String name, Bson... keys) {
		return new IndexModel(Indexes.compoundIndex(keys), new IndexOptions().name(name));
	}

	/**
	 * The seller's pieces on sale (or sold out) with at most {@code most} left, fewest
	 * first; made-to-order pieces have no stock to run out of.
	 */
	Flux<Listing> lowStockOf(String sellerId, int most, int limit) {
		Query query = Query
			.query(Criteria.where("sellerId")
				.is(sellerId)
				.and("stock")
				.lte(most)
				.and("madeToOrder")
				.is(false)
				.and("status")
				.in(VISIBLE))
			.with(Sort.by("stock", "_id"))
			.limit(limit);
		return find(query);
	}

	private Flux<Listing> find(Query query) {
		return this.mongo.find(query, Document.class, ListingRepository.COLLECTION).map(ListingDocuments::listing);
	}

	private static Criteria criteria(ListingQueries.Browse browse) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("sellerId").in(browse.sellerIds()));
		all.add(Criteria.where("status").in(VISIBLE));
		if (browse.craft() != null) {
			all.add(Criteria.where("craft").is(browse.craft()));
		}
		if (browse.colour() != null) {
			all.add(Criteria.where("colours").is(browse.colour()));
		}
		if (browse.lowest() != null) {
			all.add(Criteria.where("priceMinor").gte(browse.lowest().minor()));
		}
		if (browse.highest() != null) {
			all.add(Criteria.where("priceMinor").lte(browse.highest().minor()));
		}
		if (Boolean.TRUE.equals(browse.gi())) {
			all.add(Criteria.where("giTag").ne(null));
		}
		else if (Boolean.FALSE.equals(browse.gi())) {
			all.add(Criteria.where("giTag").is(null));
		}
		if (Boolean.TRUE.equals(browse.inStock())) {
			all.add(Criteria.where("status").is(ListingStatus.PUBLISHED.name()));
			all.add(new Criteria().orOperator(Criteria.where("madeToOrder").is(true), Criteria.where("stock").gt(0)));
		}
		return new Criteria().andOperator(all.toArray(Criteria[]::new));
	}

	private static Sort sort(ListingQueries.Order order) {
		Sort byId = Sort.by("_id");
		return switch (order) {
			case PRICE_ASCENDING -> Sort.by(Sort.Direction.ASC, "priceMinor").and(byId);
			case PRICE_DESCENDING -> Sort.by(Sort.Direction.DESC, "priceMinor").and(byId);
			case NEWEST -> Sort.by(Sort.Direction.DESC, "createdAt").and(byId);
		};
	}

}
