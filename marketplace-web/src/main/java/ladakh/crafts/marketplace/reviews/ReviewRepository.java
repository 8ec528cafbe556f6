package ladakh.crafts.marketplace.reviews;

import java.time.Instant;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reviews ({@code reviews}). The unique index on (part, listing) lets one review per
 * delivered part and listing in, whatever the races; answer and hide are each one update
 * conditional on the review not being answered or hidden yet.
 */
@Repository
class ReviewRepository {

	static final String COLLECTION = "reviews";

	private final ReactiveMongoTemplate mongo;

	ReviewRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a new review; a second one for the same part and listing is a conflict. */
	Mono<Review> insert(Review review) {
		return reviews().flatMap((reviews) -> Mono.from(reviews.insertOne(document(review))))
			.thenReturn(review)
			.onErrorMap(ReviewRepository::duplicate, (ex) -> Refusal.conflict("review.refused.twice"));
	}

	Mono<Review> find(String id) {
		return reviews().flatMap((reviews) -> Mono.from(reviews.find(Filters.eq("_id", id)).first()))
			.map(ReviewRepository::review);
	}

	/** Whether this part's buyer already reviewed this listing. */
	Mono<Boolean> exists(String partId, String listingId) {
		return reviews().flatMap((reviews) -> Mono
			.from(reviews.find(Filters.and(Filters.eq("partId", partId), Filters.eq("listingId", listingId))).first()))
			.hasElement();
	}

	/** Saves the answer while the stored review has none; false when one came first. */
	Mono<Boolean> saveAnswer(Review after) {
		return update(Filters.and(Filters.eq("_id", after.id()), Filters.eq("answer", null)), Updates
			.combine(Updates.set("answer", after.answer()), Updates.set("answeredAt", Date.from(after.answeredAt()))));
	}

	/** Hides the review while it is still shown; false when it was hidden meanwhile. */
	Mono<Boolean> saveHidden(Review after) {
		return update(Filters.and(Filters.eq("_id", after.id()), Filters.eq("visible", true)),
				Updates.combine(Updates.set("visible", false), Updates.set("hiddenReason", after.hiddenReason()),
						Updates.set("hiddenBy", after.hiddenBy()),
						Updates.set("hiddenAt", Date.from(after.hiddenAt()))));
	}

	/** One page of a listing's shown reviews, newest first (keyset on createdAt, _id). */
	Flux<Review> shownOf(String listingId, After after, int limit) {
		return newest(Filters.and(Filters.eq("listingId", listingId), Filters.eq("visible", true)), after, limit);
	}

	/** One page of the shown reviews of a seller's pieces, newest first (keyset). */
	Flux<Review> shownOfSeller(String sellerId, After after, int limit) {
		return newest(Filters.and(Filters.eq("sellerId", sellerId), Filters.eq("visible", true)), after, limit);
	}

	private Flux<Review> newest(Bson shown, After after, int limit) {
		Bson filter = shown;
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			filter = Filters.and(filter, Filters.lte("createdAt", at),
					Filters.or(Filters.lt("createdAt", at), Filters.lt("_id", after.id())));
		}
		Bson query = filter;
		return reviews()
			.flatMapMany(
					(reviews) -> Flux.from(reviews.find(query).sort(Sorts.descending("createdAt", "_id")).limit(limit)))
			.map(ReviewRepository::review);
	}

	Mono<Void> createIndexes() {
		return reviews().flatMap((reviews) -> Mono
			.from(reviews.createIndex(Indexes.ascending("partId", "listingId"),
					new IndexOptions().unique(true).name("part_listing_unique")))
			.then(Mono.from(reviews.createIndex(
					Indexes.compoundIndex(Indexes.ascending("listingId", "visible"),
							Indexes.descending("createdAt", "_id")),
					new IndexOptions().name("listing_visible_createdAt"))))
			.then(Mono.from(reviews.createIndex(
					Indexes.compoundIndex(Indexes.ascending("sellerId", "visible"),
							Indexes.descending("createdAt", "_id")),
					new IndexOptions().name("seller_visible_createdAt")))))
			.then();
	}

	private Mono<Boolean> update(Bson filter, Bson update) {
		return reviews().flatMap((reviews) -> Mono.from(reviews.updateOne(filter, update)))
			.map((result) -> result.getModifiedCount() == 1);
	}

	private Mono<MongoCollection<Document>> reviews() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

	private static Document document(Review review) {
		return new Document("_id", review.id()).append("listingId", review.listingId())
			.append("sellerId", review.sellerId())
			.append("partId", review.partId())
			.append("buyerId", review.buyerId())
			.append("author", review.author())
			.append("stars", review.stars())
			.append("text", review.text())
			.append("photoId", review.photoId())
			.append("answer", review.answer())
			.append("answeredAt", date(review.answeredAt()))
			.append("visible", !review.hidden())
			.append("hiddenReason", review.hiddenReason())
			.append("hiddenBy", review.hiddenBy())
			.append("hiddenAt", date(review.hiddenAt()))
			.append("createdAt", date(review.createdAt()));
	}

	private static Review review(Document stored) {
		return new Review(stored.getString("_id"), stored.getString("listingId"), stored.getString("sellerId"),
				stored.getString("partId"), stored.getString("buyerId"), stored.getString("author"),
				stored.getInteger("stars", 0), stored.getString("text"), stored.getString("photoId"),
				stored.getString("answer"), instant(stored.get("answeredAt")), stored.getString("hiddenReason"),
				stored.getString("hiddenBy"), instant(stored.get("hiddenAt")), instant(stored.get("createdAt")));
	}

	private static Date date(Instant at) {
		return (at != null) ? Date.from(at) : null;
	}

	private static Instant instant(Object stored) {
		return (stored instanceof Date date) ? date.toInstant() : null;
	}

}
