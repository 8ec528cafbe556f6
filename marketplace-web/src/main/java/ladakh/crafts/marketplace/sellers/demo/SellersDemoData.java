package ladakh.crafts.marketplace.sellers.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds what cards, verification, SHGs and centres need to the generated demo data, once
 * the main demo load has run: registration dates and validity for 20 artisans (one
 * suspended, one expired), office bearers, masked bank accounts and fund entries for the
 * SHGs, instructors for the centres (their batches: training.demo.TrainingDemoData).
 * Fixed ids; every write only fills what is absent, so a restart adds nothing and
 * overwrites nothing users changed.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class SellersDemoData {

	static final String DEMO_INSTRUCTOR = "usr-demo-instructor";

	private static final int ARTISANS_WITH_CARDS = 20;

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(SellersDemoData.class);

	private final ReactiveMongoTemplate mongo;

	SellersDemoData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Runs after the application runners, so after the main demo data exists. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Mono.when(artisans(), groups(), centres()).then(units()).block(TIMEOUT);
		logger.info("Sellers demo data: registrations, SHG ledgers, centre instructors, a unit holder and a "
				+ "co-operative society are in place");
	}

	private Mono<Void> artisans() {
		return Flux.range(1, ARTISANS_WITH_CARDS).concatMap((n) -> {
			String id = "art-%04d".formatted(n);
			LocalDate registered = LocalDate.of(2021 + (n % 5), 1 + (n % 12), 1 + (n % 27));
			LocalDate validUntil = registered.plusYears(10);
			String status = "ACTIVE";
			if (n == 19) {
				status = "SUSPENDED";
			}
			if (n == 20) {
				registered = LocalDate.of(2016, 4, 1);
				validUntil = LocalDate.of(2021, 3, 31);
				status = "EXPIRED";
			}
			Document set = new Document("registeredOn", registered.toString())
				.append("validUntil", validUntil.toString())
				.append("status", status)
				.append("mobile", "94190%05d".formatted(n));
			return update("sellers", new Document("_id", id).append("registeredOn", new Document("$exists", false)),
					new Document("$set", set));
		}).then();
	}

	private Mono<Void> groups() {
		return this.mongo.find(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("type")
				.is("SHG")
				.and("_id")
				.regex("^shg-\\d{4}$")), Document.class, "sellers")
			.concatMap(this::group)
			.then();
	}

	private Mono<Void> group(Document shg) {
		String id = shg.getString("_id");
		int n = Integer.parseInt(id.substring(4));
		Document details = (shg.get("shg") instanceof Document d) ? d : new Document();
		List<String> members = new ArrayList<>();
		if (details.get("memberIds") instanceof List<?> list) {
			list.forEach((member) -> members.add(String.valueOf(member)));
		}
		LocalDate formed = LocalDate.parse(details.getString("dateFormed"));
		long grant = 5_000_000L;
		long used = 1_000_000L + (n % 4) * 500_000L;
		long repaid = (n % 3) * 250_000L;
		List<Document> entries = List.of(entry(id, 1, "GRANT", grant, "Revolving fund grant", formed.plusMonths(2)),
				entry(id, 2, "UTILISATION", used, "Loans to members for raw material", formed.plusMonths(4)),
				entry(id, 3, "REPAYMENT", repaid, "Members' repayments", formed.plusMonths(10)));
		Document set = new Document("shg.fundBalanceMinor", grant - used + repaid).append("shg.bankAccount",
				new Document("last4", "%04d".formatted(1000 + n * 37)).append("ifsc",
						(n % 2 == 0) ? "JAKA0LEHMAIN" : "SBIN0001234"));
		if (members.size() >= 3) {
			set.append("shg.officeBearers",
					new Document("presidentId", members.get(0)).append("secretaryId", members.get(1))
						.append("treasurerId", members.get(2)));
		}
		return Flux.fromIterable(entries)
			.filter((entry) -> entry.get("amountMinor", Long.class) > 0)
			.concatMap((entry) -> insertIfAbsent("shg_fund_entries", entry))
			.then(update("sellers",
					new Document("_id", id).append("shg.fundBalanceMinor", new Document("$exists", false)),
					new Document("$set", set)));
	}

	private Mono<Void> centres() {
		return this.mongo
			.find(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("type").is("TRAINING_CENTRE")),
					Document.class, "sellers")
			.concatMap(this::centre)
			.then();
	}

	/** The centres' instructors; their batches are the training area's demo data. */
	private Mono<Void> centre(Document centre) {
		String id = centre.getString("_id");
		String digits = id.replaceAll("\\D", "0").substring(3);
		if (digits.length() > 9) {
			// not a demo centre (tc-0001 and on): a centre another part saved, left alone
			return Mono.empty();
		}
		int n = Integer.parseInt(digits);
		List<Document> instructors = List
			.of(new Document("userId", (n <= 3) ? DEMO_INSTRUCTOR : "usr-demo-instructor-" + n).append("name",
					(n <= 3) ? "Demo Instructor" : "Instructor " + n));
		return update("sellers", new Document("_id", id).append("centre.instructors", new Document("$exists", false)),
				new Document("$set", new Document("centre.instructors", instructors)));
	}

	/**
	 * Issue 17: one unit holder (owned by a registered demo artisan) and one handloom
	 * weavers' co-operative society, with a published listing each. Their numbers are of
	 * 2025, so the counters of the running year hand out fresh ones.
	 */
	private Mono<Void> units() {
		return this.mongo.findById("art-0003", Document.class, "sellers")
			.filter((owner) -> owner.getString("registrationNumber") != null)
			.flatMap((owner) -> {
				Date at = Date.from(LocalDate.of(2025, 5, 2).atTime(11, 0).toInstant(ZoneOffset.ofHoursMinutes(5, 30)));
				List<String> crafts = (owner.get("crafts") instanceof List<?> list && !list.isEmpty())
						? List.of(String.valueOf(list.get(0))) : List.of("pashmina-weaving");
				Document unit = new Document("_id", "unit-art-0003").append("type", "UNIT_HOLDER")
					.append("name", owner.getString("name") + " Crafts Unit")
					.append("district", owner.getString("district"))
					.append("village", owner.getString("village"))
					.append("crafts", crafts)
					.append("status", "ACTIVE")
					.append("registrationNumber",
							("KARGIL".equals(owner.getString("district")) ? "KGL" : "LEH") + "/UH/2025/0001")
					.append("registeredOn", "2025-05-02")
					.append("story",
							new Document("en", "A unit set up by an ex-trainee with a kit at 75 % subsidy.")
								.append("hi", "75 % सब्सिडी वाली किट से एक पूर्व प्रशिक्षु द्वारा शुरू की गई इकाई।"))
					.append("unit",
							new Document("ownerId", "art-0003")
								.append("ownerRegistration", owner.getString("registrationNumber"))
								.append("establishedOn", "2025-04-01")
								.append("kitScheme", "Elementary centres in the border blocks"))
					.append("createdAt", at);
				List<Document> members = new ArrayList<>();
				members.add(new Document("name", "Tsering Angmo").append("artisanRegistration",
						owner.getString("registrationNumber")));
				for (String name : List.of("Sonam Dolkar", "Padma Chorol", "Stanzin Lhamo", "Rigzin Yangdol")) {
					members.add(new Document("name", name).append("artisanRegistration", null));
				}
				Document coop = new Document("_id", "coop-ldk-cs-2019-0007").append("type", "CO_OPERATIVE")
					.append("name", "Changthang Pashmina Weavers Co-operative Society")
					.append("district", "LEH")
					.append("block", "Nyoma")
					.append("village", "Nyoma")
					.append("crafts", List.of("pashmina-weaving"))
					.append("status", "ACTIVE")
					.append("registrationNumber", "LEH/CS/2025/0001")
					.append("registeredOn", "2025-05-02")
					.append("story",
							new Document("en", "Handloom weavers of Changthang, weaving pashmina together.")
								.append("hi", "चांगथांग के हथकरघा बुनकर, मिलकर पश्मीना बुनते हैं।"))
					.append("coop",
							new Document("actRegistration", "LDK/CS/2019/0007").append("registeredOn", "2019-08-14")
								.append("handloomWeavers", true)
								.append("members", members))
					.append("createdAt", at);
				return insertIfAbsent("sellers", unit).then(insertIfAbsent("sellers", coop))
					.then(insertIfAbsent("listings",
							listing("lst-demo-unit-1", "unit-art-0003", crafts.get(0),
									"Hand-made piece from a village unit", "गाँव की इकाई में बनी हस्तनिर्मित वस्तु",
									450_000L, at)))
					.then(insertIfAbsent("listings",
							listing("lst-demo-coop-1", "coop-ldk-cs-2019-0007", "pashmina-weaving",
									"Changthang pashmina stole", "चांगथांग पश्मीना स्टोल", 1_250_000L, at)));
			});
	}

	/** A published listing, dirty at rev 1 so the indexer picks it up. */
	private static Document listing(String id, String sellerId, String craft, String en, String hi, long priceMinor,
			Date at) {
		return new Document("_id", id).append("sellerId", sellerId)
			.append("title", new Document("en", en).append("hi", hi))
			.append("description", new Document("en", en + ", sold by the makers themselves.").append("hi", hi))
			.append("craft", craft)
			.append("materials", List.of())
			.append("priceMinor", priceMinor)
			.append("currency", "INR")
			.append("stock", 4)
			.append("madeToOrder", false)
			.append("leadTimeDays", null)
			.append("photos", List.of())
			.append("status", "PUBLISHED")
			.append("colours", List.of())
			.append("version", 0L)
			.append("createdAt", at)
			.append("updatedAt", at)
			.append("publishedAt", at)
			.append("rev", 1L)
			.append("dirty", true);
	}

	private static Document entry(String shgId, int n, String kind, long amountMinor, String note, LocalDate on) {
		return new Document("_id", "fund-%s-%d".formatted(shgId, n)).append("shgId", shgId)
			.append("kind", kind)
			.append("amountMinor", amountMinor)
			.append("note", note)
			.append("at", Date.from(on.atTime(11, 0).toInstant(ZoneOffset.ofHoursMinutes(5, 30))))
			.append("by", "usr-demo-officer");
	}

	private Mono<Void> insertIfAbsent(String collection, Document document) {
		Document fields = new Document(document);
		Object id = fields.remove("_id");
		return update(collection, new Document("_id", id), new Document("$setOnInsert", fields),
				new UpdateOptions().upsert(true));
	}

	private Mono<Void> update(String collection, Document filter, Document update) {
		return update(collection, filter, update, new UpdateOptions());
	}

	private Mono<Void> update(String collection, Document filter, Document update, UpdateOptions options) {
		return this.mongo.getCollection(collection)
			.flatMap((c) -> Mono.from(c.updateOne(Filters.and(filter), update, options)))
			.then();
	}

}
