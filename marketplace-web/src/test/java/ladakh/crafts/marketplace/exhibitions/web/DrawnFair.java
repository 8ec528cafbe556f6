package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * An exhibition whose applications have closed, drawn for real: {@code handicraft} stalls
 * {@code A-1..} for as many applicants plus {@code waiting} more (each with a sign-in
 * email), and two demonstration stalls nobody asked for. The fee is ₹1,500.
 */
final class DrawnFair {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final String id = "fee-fair-" + this.run;

	final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	final List<String> sellers = new ArrayList<>();

	final AllocationRecord record;

	private final ReactiveMongoTemplate mongo;

	DrawnFair(ReactiveMongoTemplate mongo, StallDraws draws, int stalls, int waiting) {
		this.mongo = mongo;
		SellerFixtures fixtures = new SellerFixtures(mongo);
		List<Document> plan = new ArrayList<>();
		for (int i = 1; i <= stalls; i++) {
			plan.add(stall("A-" + i, "HANDICRAFT", i));
		}
		plan.add(stall("D-1", "DEMONSTRATION", stalls + 1));
		plan.add(stall("D-2", "DEMONSTRATION", stalls + 2));
		mongo
			.insert(new Document("_id", this.id).append("name", new Document("en", "Fee Fair " + this.run))
				.append("place", "Leh")
				.append("startsOn", this.today.plusDays(30).toString())
				.append("endsOn", this.today.plusDays(32).toString())
				.append("stalls", plan)
				.append("applications",
						new Document("opensOn", this.today.minusDays(20).toString())
							.append("closesOn", this.today.minusDays(1).toString())
							.append("feeDueOn", this.today.plusDays(10).toString())
							.append("sellerKinds", List.of("ARTISAN"))
							.append("crafts", List.of())),
					"exhibitions")
			.block();
		for (int i = 0; i < stalls + waiting; i++) {
			String seller = "art-fee-" + i + "-" + this.run;
			this.sellers.add(seller);
			fixtures.artisan(seller, "Fee Seller " + i + " " + this.run, null, "ACTIVE", this.today.plusYears(1));
			mongo
				.insert(new Document("_id", "usr-fee-" + seller).append("login", seller + "@example.in")
					.append("sellerId", seller)
					.append("enabled", true), "users")
				.block();
			mongo
				.insert(new Document("_id", "sap-" + seller).append("exhibitionId", this.id)
					.append("sellerId", seller)
					.append("sellerKind", "ARTISAN")
					.append("crafts", List.of("thangka-painting"))
					.append("listingIds", List.of())
					.append("kind", "HANDICRAFT")
					.append("widthDm", 30)
					.append("depthDm", 30)
					.append("status", "APPLIED")
					.append("appliedAt", new Date())
					.append("version", 0L), "stall_applications")
				.block();
		}
		this.record = draws.run(this.id, "The Tribune headline " + this.run, SignedIn.officer()).block();
	}

	/** An active seller who did not apply. */
	String outsider(String name) {
		String seller = "art-out-" + name + "-" + this.run;
		new SellerFixtures(this.mongo).artisan(seller, "Outsider " + name + " " + this.run, null, "ACTIVE",
				this.today.plusYears(1));
		return seller;
	}

	/** Who holds a stall after the draw. */
	String holderOf(String stall) {
		return document(stall).getString("sellerId");
	}

	Document document(String stall) {
		return this.mongo.findById(this.id + ":" + stall, Document.class, "stall_allocations").block();
	}

	/** Makes a stall's fee overdue since yesterday. */
	void dueYesterday(String stall) {
		this.mongo.getCollection("stall_allocations")
			.flatMap((c) -> Mono.from(c.updateOne(new Document("_id", this.id + ":" + stall),
					new Document("$set", new Document("dueOn", this.today.minusDays(1).toString())))))
			.block();
	}

	/** The email queued for a fact about a stall at a version, to a seller, if any. */
	Document mail(String fact, String stall, long version, String seller) {
		return this.mongo
			.findById(fact + ":" + this.id + ":" + stall + ":" + version + ":" + seller, Document.class,
					"notification_outbox")
			.block();
	}

	List<Document> audit(String action) {
		return this.mongo
			.find(Query.query(Criteria.where("subjectId").is(this.id).and("subjectType").is("EXHIBITION")),
					Document.class, "audit_events")
			.filter((event) -> action.equals(event.getString("action")))
			.collectList()
			.block();
	}

	private static Document stall(String number, String kind, int at) {
		return new Document("number", number).append("kind", kind)
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", 150_000L)
			.append("currency", "INR")
			.append("xDm", at * 30)
			.append("yDm", 0)
			.append("reservedFor", null);
	}

}
