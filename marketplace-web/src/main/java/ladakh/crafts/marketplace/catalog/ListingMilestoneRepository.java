package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads sellers' first publications: one aggregate on {@code listings} whose
 * {@code $match} is {@code sellerId $in} and a range on {@code publishedAt}, served by
 * index {@code sellerId_publishedAt} (decision 0046), grouped by the database so that
 * only one row per seller reaches the application.
 */
@Repository
class ListingMilestoneRepository {

	private final ReactiveMongoTemplate mongo;

	ListingMilestoneRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Each of the sellers' earliest {@code publishedAt} (sellers who never published are
	 * left out).
	 * @param sellerIds at most {@link ListingMilestones#SELLERS_AT_ONCE}
	 */
	Flux<ListingMilestones.FirstListing> firstPublished(List<String> sellerIds) {
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("sellerId", new Document("$in", sellerIds)).append("publishedAt",
								new Document("$gte", new Date(0)))),
				new Document("$group",
						new Document("_id", "$sellerId").append("first", new Document("$min", "$publishedAt"))));
		return this.mongo.getCollection(ListingRepository.COLLECTION)
			.flatMapMany((listings) -> listings.aggregate(pipeline))
			.filter((group) -> group.get("first") instanceof Date)
			.map((group) -> new ListingMilestones.FirstListing(group.getString("_id"),
					Instant.ofEpochMilli(group.getDate("first").getTime())));
	}

}
