package ladakh.crafts.catalog.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.catalog.index.ListingDocument;
import ladakh.crafts.catalog.index.StallRef;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads listings with what they denormalise (sellers, crafts, stalls), through the
 * repositories, and turns them into search documents. Blocking: called from the sync's
 * own thread.
 */
class ListingSource {

	private static final Logger log = LoggerFactory.getLogger(ListingSource.class);

	private final CatalogListingRepository listings;

	private final ListingContextRepository context;

	private final ListingDocuments documents;

	private final StallAllocations stalls;

	ListingSource(CatalogListingRepository listings, ListingContextRepository context, ListingDocuments documents,
			StallAllocations stalls) {
		this.listings = listings;
		this.context = context;
		this.documents = documents;
		this.stalls = stalls;
	}

	/**
	 * Those of the given listings that are still dirty, by {@code _id} lookup (served by
	 * the {@code _id} index), leaving out those waiting for a retry.
	 */
	List<Document> dirtyAmong(Collection<String> ids, Set<String> excluded) {
		return this.listings.dirtyAmong(ids, excluded, ListingDocuments.LISTING_FIELDS);
	}

	/** The next page of every listing in id order, for a rebuild. */
	List<Document> page(String afterId, int limit) {
		return this.listings.page(afterId, limit, ListingDocuments.LISTING_FIELDS);
	}

	/** About how many listings there are (a rebuild's progress is shown against it). */
	long estimatedCount() {
		return this.listings.estimatedCount();
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
		Map<String, Document> sellers = this.context.sellers(sellerIds);
		Map<String, Document> crafts = this.context.crafts(craftIds);
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

}
