package ladakh.crafts.catalog.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.index.ListingDocument;
import ladakh.crafts.catalog.index.StallRef;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads listings from MongoDB with what they denormalise (sellers, crafts, stalls) and
 * turns them into search documents. Blocking: called from the sync's own thread.
 */
class ListingSource {

	private static final Logger log = LoggerFactory.getLogger(ListingSource.class);

	static final String LISTINGS = "listings";

	private static final Bson LISTING_PROJECTION = Projections.include(ListingDocuments.LISTING_FIELDS);

	private static final Bson SELLER_PROJECTION = Projections.include(ListingDocuments.SELLER_FIELDS);

	private static final Bson CRAFT_PROJECTION = Projections.include(ListingDocuments.CRAFT_FIELDS);

	private final MongoDatabase database;

	private final ListingDocuments documents;

	private final StallAllocations stalls;

	ListingSource(MongoDatabase database, ListingDocuments documents, StallAllocations stalls) {
		this.database = database;
		this.documents = documents;
		this.stalls = stalls;
	}

	/**
	 * Those of the given listings that are still dirty, by {@code _id} lookup (served by
	 * the {@code _id} index), leaving out those waiting for a retry.
	 */
	List<Document> dirtyAmong(Collection<String> ids, Set<String> excluded) {
		List<String> wanted = ids.stream().filter((id) -> !excluded.contains(id)).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		return Flux
			.from(this.database.getCollection(LISTINGS)
				.find(Filters.and(Filters.in("_id", wanted), Filters.eq(SearchVisibleChange.DIRTY, true)))
				.projection(LISTING_PROJECTION))
			.collectList()
			.block();
	}

	/** The next page of every listing in id order, for a rebuild. */
	List<Document> page(String afterId, int limit) {
		Bson filter = (afterId != null) ? Filters.gt("_id", afterId) : new Document();
		return Flux
			.from(this.database.getCollection(LISTINGS)
				.find(filter)
				.projection(LISTING_PROJECTION)
				.sort(Sorts.ascending("_id"))
				.limit(limit))
			.collectList()
			.block();
	}

	long count() {
		return Mono.from(this.database.getCollection(LISTINGS).countDocuments()).block();
	}

	List<ListingDocument> documents(List<Document> listings) {
		Set<String> sellerIds = new HashSet<>();
		Set<String> craftIds = new HashSet<>();
		for (Document listing : listings) {
			if (listing.getString("sellerId") != null) {
				sellerIds.add(listing.getString("sellerId"));
			}
			if (listing.getString("craft") != null) {
				craftIds.add(listing.getString("craft"));
			}
		}
		Map<String, Document> sellers = byId("sellers", sellerIds, SELLER_PROJECTION);
		Map<String, Document> crafts = byId("crafts", craftIds, CRAFT_PROJECTION);
		Map<String, List<StallRef>> stallsBySeller = new HashMap<>(
				sellerIds.isEmpty() ? Map.of() : this.stalls.forSellers(sellerIds));
		List<ListingDocument> built = new ArrayList<>(listings.size());
		for (Document listing : listings) {
			String sellerId = listing.getString("sellerId");
			try {
				built.add(this.documents.build(listing, (sellerId != null) ? sellers.get(sellerId) : null,
						(listing.getString("craft") != null) ? crafts.get(listing.getString("craft")) : null,
						(sellerId != null) ? stallsBySeller.getOrDefault(sellerId, List.of()) : List.of()));
			}
			catch (RuntimeException ex) {
				// One malformed document must not stop the others: it stays dirty and is
				// retried with backoff (a rebuild leaves it out and says so).
				log.warn("Catalog sync: listing {} cannot be turned into a search document: {}", listing.get("_id"),
						ex.toString());
			}
		}
		return built;
	}

	private Map<String, Document> byId(String collection, Collection<String> ids, Bson projection) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return Flux.from(this.database.getCollection(collection).find(Filters.in("_id", ids)).projection(projection))
			.collectMap((document) -> document.getString("_id"), Function.identity())
			.block();
	}

}
