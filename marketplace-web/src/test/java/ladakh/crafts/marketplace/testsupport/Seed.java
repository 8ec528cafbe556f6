package ladakh.crafts.marketplace.testsupport;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Writes a small, known catalogue with the stored field names of docs/data-model.md.
 */
public final class Seed {

	public static final List<String> COLLECTIONS = List.of("crafts", "sellers", "listings", "exhibitions");

	private final ReactiveMongoTemplate mongo;

	public Seed(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Seed clear() {
		Flux.fromIterable(COLLECTIONS).concatMap((name) -> this.mongo.remove(new Query(), name)).blockLast();
		return this;
	}

	public Seed craft(String slug, String en, String hi, int sortOrder) {
		return insert("crafts",
				new Document("_id", slug).append("name", text(en, hi))
					.append("description", text(en + " from Ladakh.", hi + ", लद्दाख से।"))
					.append("department", "HANDICRAFT")
					.append("sortOrder", sortOrder));
	}

	public Seed seller(String id, String type, String name) {
		return insert("sellers",
				new Document("_id", id).append("type", type)
					.append("name", name)
					.append("district", "LEH")
					.append("status", "ACTIVE")
					.append("registrationNumber", "LEH/HC/2025/0042")
					.append("createdAt", Instant.parse("2025-01-01T00:00:00Z")));
	}

	/** A published listing; {@code thumbId} may be null for a listing without photos. */
	public Seed listing(String id, String sellerId, String en, String hi, long priceMinor, String thumbId,
			Instant createdAt) {
		List<Document> photos = (thumbId != null)
				? List.of(new Document("imageId", "photo-" + id + "-1").append("thumbId", thumbId)
					.append("width", 1200)
					.append("height", 900))
				: List.of();
		Document title = (hi != null) ? text(en, hi) : new Document("en", en);
		return insert("listings",
				new Document("_id", id).append("sellerId", sellerId)
					.append("title", title)
					.append("craft", "pashmina-weaving")
					.append("priceMinor", priceMinor)
					.append("currency", "INR")
					.append("stock", 3)
					.append("photos", photos)
					.append("status", "PUBLISHED")
					.append("createdAt", createdAt)
					.append("updatedAt", createdAt)
					.append("rev", 1L)
					.append("dirty", false));
	}

	public Seed draft(String id, String sellerId, String en) {
		return insert("listings",
				new Document("_id", id).append("sellerId", sellerId)
					.append("title", new Document("en", en))
					.append("priceMinor", 100L)
					.append("status", "DRAFT")
					.append("createdAt", Instant.now()));
	}

	public Seed exhibition(String id, String en, String hi, String startsOn, String endsOn) {
		return insert("exhibitions",
				new Document("_id", id).append("name", text(en, hi))
					.append("place", "Leh")
					.append("district", "LEH")
					.append("startsOn", startsOn)
					.append("endsOn", endsOn)
					.append("stallCount", 40));
	}

	private Seed insert(String collection, Document document) {
		this.mongo.insert(document, collection).block();
		return this;
	}

	private static Document text(String en, String hi) {
		return new Document("en", en).append("hi", hi);
	}

}
