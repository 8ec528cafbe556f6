package ladakh.crafts.catalog.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * What a listing's search document copies from other stores, read by {@code _id} only
 * (the {@code _id} index): its seller and its craft. Blocking: called from the sync's own
 * thread.
 */
final class ListingContextRepository {

	private final MongoDatabase database;

	ListingContextRepository(MongoDatabase database) {
		this.database = database;
	}

	/** The sellers with these ids, by id. */
	Map<String, Document> sellers(Collection<String> ids) {
		return byId("sellers", ids, ListingDocuments.SELLER_FIELDS);
	}

	/** The crafts with these ids, by id. */
	Map<String, Document> crafts(Collection<String> ids) {
		return byId("crafts", ids, ListingDocuments.CRAFT_FIELDS);
	}

	private Map<String, Document> byId(String collection, Collection<String> ids, List<String> fields) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return Flux
			.from(this.database.getCollection(collection)
				.find(Filters.in("_id", ids))
				.projection(Projections.include(fields)))
			.collectMap((document) -> document.getString("_id"), Function.identity())
			.block();
	}

}
