package ladakh.crafts.marketplace.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A small catalogue of its own for a storefront test, with the stored field names of
 * docs/data-model.md, under ids unique to the run so tests sharing the database do not
 * meet each other's data.
 */
public final class StorefrontFixtures {

	/** How long the sync may take to index a change before a test fails. */
	public static final Duration INDEX_WAIT = Duration.ofSeconds(60);

	private static final AtomicLong REVISIONS = new AtomicLong(System.currentTimeMillis() * 1000);

	public final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final ReactiveMongoTemplate mongo;

	public StorefrontFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public String id(String prefix) {
		return prefix + "-" + this.run;
	}

	public StorefrontFixtures craft(String slug, String en, String hi) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(slug)), "crafts").block();
		return insert("crafts",
				new Document("_id", slug).append("name", new Document("en", en).append("hi", hi))
					.append("description", new Document("en", en + " from Ladakh.").append("hi", hi + ", लद्दाख से।"))
					.append("department", "HANDICRAFT")
					.append("sortOrder", 99));
	}

	public StorefrontFixtures seller(String id, String type, String name, String registrationNumber, String status,
			LocalDate validUntil) {
		return insert("sellers",
				new Document("_id", id).append("type", type)
					.append("name", name)
					.append("district", "LEH")
					.append("village", "Stok")
					.append("registrationNumber", registrationNumber)
					.append("status", status)
					.append("validUntil", (validUntil != null) ? validUntil.toString() : null)
					.append("mobile", "9876500000")
					.append("createdAt", Instant.parse("2025-01-01T00:00:00Z")));
	}

	public Document listing(String id, String sellerId, String craft, String en, String hi, long priceMinor,
			String status, Instant createdAt) {
		Document listing = new Document("_id", id).append("sellerId", sellerId)
			.append("title", (hi != null) ? new Document("en", en).append("hi", hi) : new Document("en", en))
			.append("description", new Document("en", "About " + en).append("hi", "विवरण " + en))
			.append("craft", craft)
			.append("materials", List.of("cotton", "mineral pigments"))
			.append("priceMinor", priceMinor)
			.append("currency", "INR")
			.append("stock", 2)
			.append("madeToOrder", false)
			.append("photos",
					List.of(new Document("imageId", "photo-" + id + "-1").append("thumbId", "thumb-" + id + "-1")
						.append("width", 1200)
						.append("height", 900),
							new Document("imageId", "photo-" + id + "-2").append("thumbId", "thumb-" + id + "-2")
								.append("width", 1200)
								.append("height", 900)))
			.append("giTag", null)
			.append("status", status)
			.append("createdAt", createdAt)
			.append("updatedAt", createdAt)
			.append("rev", 1L)
			.append("dirty", true);
		insert("listings", listing);
		return listing;
	}

	/**
	 * Marks the listings the query selects changed, as the catalog's writes do, with a
	 * revision above any they had before (a test that deletes and inserts a listing again
	 * starts it at revision 1, which the index would refuse as older).
	 */
	public StorefrontFixtures touch(Query listings) {
		this.mongo.updateMulti(listings,
				new Update().set("dirty", true).set("dirtySince", new Date()).set("rev", REVISIONS.incrementAndGet()),
				"listings")
			.block();
		return this;
	}

	/**
	 * Waits, with a bound, until the sync has indexed every listing the query selects
	 * (the sync clears the mark after Elasticsearch has taken and refreshed the change);
	 * fails after {@link #INDEX_WAIT}.
	 */
	public StorefrontFixtures awaitIndexed(Query listings) {
		long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
		Query dirty = Query.of(listings).addCriteria(Criteria.where("dirty").is(true));
		while (this.mongo.count(dirty, "listings").block() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The sync did not index the listings within " + INDEX_WAIT);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		return this;
	}

	/** Every listing in the database. */
	public static Query everyListing() {
		return new Query();
	}

	public StorefrontFixtures insert(String collection, Document document) {
		this.mongo.insert(document, collection).block();
		return this;
	}

}
