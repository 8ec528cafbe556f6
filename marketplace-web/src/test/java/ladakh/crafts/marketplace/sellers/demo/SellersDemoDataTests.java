package ladakh.crafts.marketplace.sellers.demo;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@MockServerTest
class SellersDemoDataTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void fillsRegistrationsLedgersAndInstructorsOnceAndChangesNothingOnASecondRun() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		for (int n = 1; n <= 20; n++) {
			String id = "art-%04d".formatted(n);
			sellers.artisan(id, "Artisan " + n, "LEH/HC/2020/%04d".formatted(n), "ACTIVE", null);
			this.mongo.getCollection("sellers")
				.flatMap((c) -> reactor.core.publisher.Mono.from(c.updateOne(new Document("_id", id),
						new Document("$unset", new Document("registeredOn", "").append("validUntil", "")))))
				.block();
		}
		sellers.insert(new Document("_id", "shg-0001").append("type", "SHG")
			.append("name", "Demo SHG")
			.append("status", "ACTIVE")
			.append("shg", new Document("dateFormed", "2020-05-01").append("memberIds",
					List.of("art-0001", "art-0002", "art-0003"))));
		sellers.insert(new Document("_id", "tc-0001").append("type", "TRAINING_CENTRE")
			.append("name", "Demo Centre")
			.append("crafts", List.of("wood-carving"))
			.append("centre", new Document("intakeCapacity", 20)));
		this.mongo.remove(Query.query(Criteria.where("shgId").is("shg-0001")), "shg_fund_entries").block();

		SellersDemoData demo = new SellersDemoData(this.mongo);
		demo.load();
		Document shgAfterFirst = this.mongo.findById("shg-0001", Document.class, "sellers").block();
		demo.load();

		Document suspended = this.mongo.findById("art-0019", Document.class, "sellers").block();
		Document expired = this.mongo.findById("art-0020", Document.class, "sellers").block();
		assertThat(suspended.getString("status")).isEqualTo("SUSPENDED");
		assertThat(expired.getString("status")).isEqualTo("EXPIRED");
		assertThat(LocalDate.parse(expired.getString("validUntil"))).isBefore(LocalDate.now());
		assertThat(this.mongo.findById("art-0001", Document.class, "sellers").block().getString("validUntil"))
			.isNotNull();

		Document shg = this.mongo.findById("shg-0001", Document.class, "sellers").block();
		assertThat(shg).isEqualTo(shgAfterFirst);
		Document details = shg.get("shg", Document.class);
		assertThat(details.get("officeBearers", Document.class).getString("presidentId")).isEqualTo("art-0001");
		assertThat(details.get("bankAccount", Document.class).keySet()).containsExactlyInAnyOrder("last4", "ifsc");
		List<Document> entries = this.mongo
			.find(Query.query(Criteria.where("shgId").is("shg-0001")), Document.class, "shg_fund_entries")
			.collectList()
			.block();
		long balance = entries.stream()
			.mapToLong((entry) -> ("UTILISATION".equals(entry.getString("kind")) ? -1 : 1)
					* entry.get("amountMinor", Number.class).longValue())
			.sum();
		assertThat(details.get("fundBalanceMinor", Number.class).longValue()).isEqualTo(balance);

		// The centre's instructors are the sellers' part; its batches the training
		// area's.
		Document centre = this.mongo.findById("tc-0001", Document.class, "sellers").block();
		assertThat(centre.get("centre", Document.class).getList("instructors", Document.class))
			.extracting((instructor) -> instructor.getString("userId"))
			.containsExactly("usr-demo-instructor");
	}

}
