package ladakh.crafts.marketplace.favourites;

import java.time.Instant;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Buyers' favourites ({@code favourites}), keyed by buyer, kind and target so that adding
 * is an upsert that changes nothing the second time, and removing is one delete by id.
 */
@Repository
class FavouriteRepository {

	static final String COLLECTION = "favourites";

	private final ReactiveMongoTemplate mongo;

	FavouriteRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Keeps it; a favourite kept already stays as it was (its first save time too). */
	Mono<Void> save(Favourite favourite) {
		Document name = new Document("en", favourite.name().en()).append("hi", favourite.name().hi());
		return favourites()
			.flatMap((favourites) -> Mono.from(favourites.updateOne(Filters.eq("_id", favourite.id()),
					Updates.combine(Updates.setOnInsert("buyerId", favourite.buyerId()),
							Updates.setOnInsert("kind", favourite.kind().name()),
							Updates.setOnInsert("targetId", favourite.targetId()), Updates.setOnInsert("name", name),
							Updates.setOnInsert("savedAt", Date.from(favourite.savedAt()))),
					new UpdateOptions().upsert(true))))
			// two first saves at once: the one that lost on _id finds it kept
			.onErrorResume(FavouriteRepository::duplicate, (ex) -> Mono.empty())
			.then();
	}

	/** Only the buyer's own: the id holds the buyer, and the filter says so again. */
	Mono<Void> remove(String buyerId, Favourite.Kind kind, String targetId) {
		return favourites()
			.flatMap((favourites) -> Mono.from(favourites.deleteOne(Filters
				.and(Filters.eq("_id", Favourite.idOf(buyerId, kind, targetId)), Filters.eq("buyerId", buyerId)))))
			.then();
	}

	Mono<Boolean> exists(String buyerId, Favourite.Kind kind, String targetId) {
		return favourites()
			.flatMap((favourites) -> Mono
				.from(favourites.find(Filters.eq("_id", Favourite.idOf(buyerId, kind, targetId))).first()))
			.hasElement();
	}

	/** One page of the buyer's favourites, newest first (keyset on savedAt, _id). */
	Flux<Favourite> ofBuyer(String buyerId, After after, int limit) {
		Bson filter = Filters.eq("buyerId", buyerId);
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			filter = Filters.and(filter, Filters.lte("savedAt", at),
					Filters.or(Filters.lt("savedAt", at), Filters.lt("_id", after.id())));
		}
		Bson query = filter;
		return favourites().flatMapMany(
				(favourites) -> Flux.from(favourites.find(query).sort(Sorts.descending("savedAt", "_id")).limit(limit)))
			.map(FavouriteRepository::favourite);
	}

	Mono<Void> createIndexes() {
		return favourites().flatMap((favourites) -> Mono.from(favourites.createIndex(
				Indexes.compoundIndex(Indexes.ascending("buyerId"), Indexes.descending("savedAt", "_id")),
				new IndexOptions().name("buyerId_savedAt"))))
			.then();
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

	private Mono<MongoCollection<Document>> favourites() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static Favourite favourite(Document stored) {
		Object saved = stored.get("savedAt");
		return new Favourite(stored.getString("_id"), stored.getString("buyerId"),
				Favourite.Kind.valueOf(stored.getString("kind")), stored.getString("targetId"),
				LocalizedText.of(stored.get("name")), (saved instanceof Date date) ? date.toInstant() : Instant.EPOCH);
	}

}
