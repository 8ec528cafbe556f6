package ladakh.crafts.marketplace.sellers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Seller documents for this area's tests, with the stored field names of
 * docs/data-model.md, including the private ones the public pages must never show.
 */
public final class SellerFixtures {

	public static final String MOBILE = "9419876543";

	public static final String VILLAGE = "Shukpachan-Gongma";

	public static final String PARENTAGE = "Sonam Wangchuk-Zangpo";

	public static final int BIRTH_YEAR = 1977;

	private final ReactiveMongoTemplate mongo;

	public SellerFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Removes the given sellers (and nothing else), so tests can re-seed them. */
	public SellerFixtures remove(String... ids) {
		this.mongo.remove(Query.query(Criteria.where("_id").in((Object[]) ids)), "sellers").block();
		return this;
	}

	public SellerFixtures craft(String slug, String en, String hi) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(slug)), "crafts").block();
		this.mongo
			.insert(new Document("_id", slug).append("name", new Document("en", en).append("hi", hi))
				.append("sortOrder", 1), "crafts")
			.block();
		return this;
	}

	public Document artisan(String id, String name, String registrationNumber, String status, LocalDate validUntil) {
		Document artisan = new Document("_id", id).append("type", "ARTISAN")
			.append("name", name)
			.append("district", "LEH")
			.append("block", "Khaltse")
			.append("village", VILLAGE)
			.append("crafts", List.of("thangka-painting"))
			.append("registrationNumber", registrationNumber)
			.append("status", status)
			.append("registeredOn", "2024-04-01")
			.append("validUntil", (validUntil != null) ? validUntil.toString() : null)
			.append("mobile", MOBILE)
			.append("story", new Document("en", name + " paints thangkas.").append("hi", "थांका चित्रकार।"))
			.append("artisan",
					new Document("parentage", PARENTAGE).append("gender", "FEMALE")
						.append("birthYear", BIRTH_YEAR)
						.append("yearsOfPractice", 12))
			.append("createdAt", Instant.parse("2024-04-01T05:30:00Z"));
		insert(artisan);
		return artisan;
	}

	public SellerFixtures insert(Document seller) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(seller.get("_id"))), "sellers").block();
		this.mongo.insert(seller, "sellers").block();
		return this;
	}

	public SellerFixtures set(String id, String field, Object value) {
		this.mongo.getCollection("sellers")
			.flatMap((c) -> reactor.core.publisher.Mono
				.from(c.updateOne(new Document("_id", id), new Document("$set", new Document(field, value)))))
			.block();
		return this;
	}

}
