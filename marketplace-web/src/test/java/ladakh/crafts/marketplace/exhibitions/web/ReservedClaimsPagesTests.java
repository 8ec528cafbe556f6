package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Applicant;
import ladakh.crafts.marketplace.exhibitions.ReservedCategory;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reserved-category claims from the seller's application to the draw, on the in-process
 * MongoDB (docs/decisions/0065): sellers claim on the apply form; an officer verifies or
 * rejects award claims on the applications page with a reason (audited); GI crafts and
 * women's SHGs are checked against the records at the draw; whoever's claim is not borne
 * out draws in the open round, and the published record shows the verified categories.
 */
@MockServerTest
class ReservedClaimsPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String fair = "claim-fair-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	private final String awardee = "art-awardee-" + this.run;

	private final String pretender = "art-pretender-" + this.run;

	private final String giMaker = "art-gi-" + this.run;

	private final String giOnWord = "art-giword-" + this.run;

	private final String womenGroup = "shg-women-" + this.run;

	private final String mixedGroup = "shg-mixed-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	private HtmlForms forms;

	private String giListing;

	private String plainListing;

	@BeforeEach
	void seed() {
		this.forms = new HtmlForms(this.http);
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("pashmina-weaving", "Pashmina weaving",
				"पश्मीना बुनाई");
		for (String artisan : List.of(this.awardee, this.pretender, this.giMaker, this.giOnWord)) {
			sellers.artisan(artisan, "Claimant " + artisan, null, "ACTIVE", this.today.plusYears(1));
		}
		ListingFixtures listings = new ListingFixtures(this.mongo);
		this.giListing = listings.listing(this.giMaker, "PUBLISHED");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(this.giListing)),
				new Update().set("giTag",
						new Document("name", "Ladakh Pashmina").append("authorisedUserNumber", "AU/LP/2024/117")),
				ListingFixtures.COLLECTION)
			.block();
		this.plainListing = listings.listing(this.giOnWord, "PUBLISHED");
		// Two groups: every member of one is recorded as a woman; one member of the
		// other is a man.
		List<String> women = List.of("art-w1-" + this.run, "art-w2-" + this.run);
		String man = "art-m1-" + this.run;
		for (String member : List.of(women.get(0), women.get(1), man)) {
			sellers.artisan(member, "Member " + member, null, "ACTIVE", this.today.plusYears(1));
		}
		sellers.set(man, "artisan.gender", "MALE");
		group(sellers, this.womenGroup, women);
		group(sellers, this.mixedGroup, List.of(women.get(0), man));
		List<Document> plan = new ArrayList<>();
		plan.add(stall("AW-1", "AWARDEE"));
		plan.add(stall("GI-1", "GI_CRAFT"));
		plan.add(stall("SHG-1", "WOMEN_SHG"));
		for (int i = 1; i <= 3; i++) {
			plan.add(stall("O-" + i, null));
		}
		this.mongo
			.insert(new Document("_id", this.fair).append("name", new Document("en", "Claim Fair " + this.run))
				.append("place", "Leh")
				.append("startsOn", this.today.plusDays(30).toString())
				.append("endsOn", this.today.plusDays(32).toString())
				.append("stalls", plan)
				.append("applications",
						new Document("opensOn", this.today.minusDays(1).toString())
							.append("closesOn", this.today.plusDays(10).toString())
							.append("feeDueOn", this.today.plusDays(25).toString())
							.append("sellerKinds", List.of("ARTISAN", "SHG"))
							.append("crafts", List.of())),
					"exhibitions")
			.block();
	}

	@Test
	void onlyClaimsTheRecordsOrAnOfficerBearOutTakeReservedStalls() {
		apply(this.awardee, null, "AWARDEE");
		apply(this.pretender, null, "AWARDEE");
		apply(this.giMaker, this.giListing, "GI_CRAFT");
		apply(this.giOnWord, this.plainListing, "GI_CRAFT");
		groupApplies(this.womenGroup);
		groupApplies(this.mixedGroup);

		String page = this.forms.page(SignedIn.officer(), applications(), 200);
		assertThat(page).contains("Reserved stalls claimed", "Verify claim", "Reject claim",
				"Checked against the records at the draw.");

		// Only officers decide; a reason is needed.
		this.forms.post(SignedIn.seller(this.awardee), claim(this.awardee, "AWARDEE"),
				decision("verify", "Saw my own certificate"), 403);
		assertThat(this.forms.post(SignedIn.officer(), claim(this.pretender, "AWARDEE"), decision("reject", "no"), 400))
			.contains("Give a reason of 10 to 500 characters.");
		this.forms.post(SignedIn.officer(), claim(this.awardee, "AWARDEE"),
				decision("verify", "Saw the state award certificate of 2019"), 303);
		this.forms.post(SignedIn.officer(), claim(this.pretender, "AWARDEE"),
				decision("reject", "No award on the state's published lists"), 303);
		assertThat(this.forms.page(SignedIn.officer(), applications(), 200)).contains("verified by an officer",
				"Saw the state award certificate of 2019", "rejected by an officer");
		List<Document> audit = this.mongo
			.find(Query.query(Criteria.where("subjectId").is(this.fair).and("subjectType").is("EXHIBITION")),
					Document.class, "audit_events")
			.collectList()
			.block();
		assertThat(audit).extracting((event) -> event.getString("action") + ":" + event.getString("reason"))
			.contains("STALL_CLAIM_VERIFIED:Saw the state award certificate of 2019",
					"STALL_CLAIM_REJECTED:No award on the state's published lists");

		closeApplications();
		AllocationRecord record = this.draws.run(this.fair, "The Tribune headline " + this.run, SignedIn.officer())
			.block();

		Map<String, String> placed = record.result()
			.placements()
			.stream()
			.collect(Collectors.toMap(AllocationResult.Placement::sellerId,
					(p) -> p.stallNumber() + "/" + ((p.reservedFor() != null) ? p.reservedFor().name() : "open")));
		assertThat(placed).containsEntry(this.awardee, "AW-1/AWARDEE")
			.containsEntry(this.giMaker, "GI-1/GI_CRAFT")
			.containsEntry(this.womenGroup, "SHG-1/WOMEN_SHG");
		assertThat(placed.get(this.pretender)).endsWith("/open");
		assertThat(placed.get(this.giOnWord)).endsWith("/open");
		assertThat(placed.get(this.mixedGroup)).endsWith("/open");
		Map<String, Set<ReservedCategory>> verified = record.result()
			.draw()
			.applications()
			.stream()
			.collect(Collectors.toMap(Applicant::sellerId, Applicant::categories));
		assertThat(verified).containsEntry(this.awardee, Set.of(ReservedCategory.AWARDEE))
			.containsEntry(this.pretender, Set.of())
			.containsEntry(this.giMaker, Set.of(ReservedCategory.GI_CRAFT))
			.containsEntry(this.giOnWord, Set.of())
			.containsEntry(this.womenGroup, Set.of(ReservedCategory.WOMEN_SHG))
			.containsEntry(this.mixedGroup, Set.of());

		// Drawn: claims no longer change.
		this.forms.post(SignedIn.officer(), claim(this.pretender, "AWARDEE"),
				decision("verify", "Found the award after all"), 409);
	}

	private void apply(String seller, String listing, String claim) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("crafts", "pashmina-weaving");
		if (listing != null) {
			form.add("listingIds", listing);
		}
		form.add("kind", "handicraft");
		form.add("size", "3x3");
		form.add("claims", claim);
		this.forms.post(SignedIn.seller(seller), "/seller/exhibitions/" + this.fair + "/apply", form, 303);
	}

	/** A group's application as stored, claiming a women's SHG stall. */
	private void groupApplies(String group) {
		this.mongo
			.insert(new Document("_id", "sap-" + group).append("exhibitionId", this.fair)
				.append("sellerId", group)
				.append("sellerKind", "SHG")
				.append("crafts", List.of("pashmina-weaving"))
				.append("listingIds", List.of())
				.append("kind", "HANDICRAFT")
				.append("widthDm", 30)
				.append("depthDm", 30)
				.append("status", "APPLIED")
				.append("appliedAt", new Date())
				.append("version", 0L)
				.append("claims", new Document("WOMEN_SHG", new Document("decision", "CLAIMED"))), "stall_applications")
			.block();
	}

	private String applications() {
		return "/staff/exhibitions/" + this.fair + "/applications";
	}

	private String claim(String seller, String category) {
		String application = this.mongo
			.findOne(Query.query(Criteria.where("exhibitionId").is(this.fair).and("sellerId").is(seller)),
					Document.class, "stall_applications")
			.block()
			.getString("_id");
		return applications() + "/" + application + "/claims/" + category;
	}

	private static MultiValueMap<String, String> decision(String decision, String reason) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("decision", decision);
		form.add("reason", reason);
		return form;
	}

	private void closeApplications() {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(this.fair)),
				new Update().set("applications.opensOn", this.today.minusDays(20).toString())
					.set("applications.closesOn", this.today.minusDays(1).toString()),
				"exhibitions")
			.block();
	}

	private static void group(SellerFixtures sellers, String id, List<String> members) {
		sellers.artisan(id, "Group " + id, null, "ACTIVE", LocalDate.now().plusYears(1));
		sellers.set(id, "type", "SHG").set(id, "shg", new Document("memberIds", members));
	}

	private static Document stall(String number, String reservedFor) {
		return new Document("number", number).append("kind", "HANDICRAFT")
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", 150_000L)
			.append("currency", "INR")
			.append("xDm", 0)
			.append("yDm", 0)
			.append("reservedFor", reservedFor);
	}

}
