package ladakh.crafts.marketplace.sellers.shg.web;

import java.time.LocalDate;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@MockServerTest
class ShgStaffPagesTests {

	private static final String FULL_ACCOUNT = "30419876543210";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void members() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		LocalDate future = LocalDate.now().plusYears(2);
		sellers.artisan("art-shg-m1", "Dolma Tsering", "LEH/HC/2024/0911", "ACTIVE", future);
		sellers.artisan("art-shg-m2", "Kunzes Angmo", "LEH/HC/2024/0912", "ACTIVE", future);
		sellers.artisan("art-shg-m3", "Skarma Lhamo", "LEH/HC/2024/0913", "ACTIVE", future);
		this.mongo.remove(Query.query(Criteria.where("name").is("Saboo Weavers SHG")), "sellers").block();
	}

	@Test
	void anOfficerCreatesAnShgWhoseBankAccountIsNeverStoredInFullAndThenApprovesIt() {
		String location = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs")
			.body(BodyInserters.fromFormData("name", "Saboo Weavers SHG")
				.with("district", "LEH")
				.with("block", "Leh")
				.with("village", "Saboo")
				.with("crafts", "pashmina-weaving, carpet-weaving")
				.with("dateFormed", "2025-06-01")
				.with("memberIds", "art-shg-m1, art-shg-m2, art-shg-m3")
				.with("presidentId", "art-shg-m1")
				.with("secretaryId", "art-shg-m2")
				.with("treasurerId", "art-shg-m3")
				.with("accountNumber", FULL_ACCOUNT)
				.with("ifsc", "sbin0001234"))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		String id = location.replaceAll("^/staff/shgs/([^?]+).*$", "$1");

		Document stored = this.mongo.findById(id, Document.class, "sellers").block();
		assertThat(stored.getString("status")).isEqualTo("PENDING");
		assertThat(stored.toJson()).doesNotContain(FULL_ACCOUNT).doesNotContain("9876543210").contains("3210");
		assertThat(this.mongo.find(Query.query(Criteria.where("subjectId").is(id)), Document.class, "audit_events")
			.map(Document::toJson)
			.collectList()
			.block()).singleElement().asString().contains("SHG_CREATED").doesNotContain(FULL_ACCOUNT);

		String page = page(SignedIn.officer(), "/staff/shgs/" + id);
		assertThat(page).contains("Dolma Tsering", "Kunzes Angmo", "XXXXXX3210", "SBIN0001234", "Awaiting approval");

		for (MarketplaceUser refused : new MarketplaceUser[] { SignedIn.seller(id), SignedIn.instructor(),
				SignedIn.accounts(), SignedIn.buyer() }) {
			approve(refused, id).expectStatus().isForbidden();
		}
		assertThat(this.mongo.findById(id, Document.class, "sellers").block().getString("status")).isEqualTo("PENDING");

		approve(SignedIn.officer(), id).expectStatus().is3xxRedirection();
		approve(SignedIn.officer(), id).expectStatus().isEqualTo(409);
		assertThat(this.mongo.findById(id, Document.class, "sellers").block().getString("status")).isEqualTo("ACTIVE");
		assertThat(this.mongo
			.count(Query.query(Criteria.where("subjectId").is(id).and("action").is("SHG_APPROVED")), "audit_events")
			.block()).isEqualTo(1);
	}

	/** Issue 14: officers name members by registration number, as they know them. */
	@Test
	void membersAndOfficeBearersAreNamedByTheirRegistrationNumbers() {
		this.mongo.remove(Query.query(Criteria.where("name").is("Numbered Weavers SHG")), "sellers").block();
		String location = numbered("leh/hc/2024/0911, LEH/HC/2024/0912", "LEH/HC/2024/0911", "leh/hc/2024/0912")
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		Document stored = this.mongo
			.findById(location.replaceAll("^/staff/shgs/([^?]+).*$", "$1"), Document.class, "sellers")
			.block();
		Document shg = stored.get("shg", Document.class);
		assertThat(shg.getList("memberIds", String.class)).containsExactly("art-shg-m1", "art-shg-m2");
		Document bearers = shg.get("officeBearers", Document.class);
		assertThat(bearers.getString("presidentId")).isEqualTo("art-shg-m1");
		assertThat(bearers.getString("secretaryId")).isEqualTo("art-shg-m2");

		String refused = numbered("LEH/HC/2024/0911, LEH/HC/1999/9999", "LEH/HC/2024/0911", "LEH/HC/2024/0911")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Check each registration number");
	}

	/** A new SHG whose members and office bearers are typed as registration numbers. */
	private WebTestClient.ResponseSpec numbered(String members, String president, String secretary) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs")
			.body(BodyInserters.fromFormData("name", "Numbered Weavers SHG")
				.with("district", "LEH")
				.with("block", "Leh")
				.with("village", "Saboo")
				.with("crafts", "pashmina-weaving")
				.with("dateFormed", "2025-06-01")
				.with("memberIds", members)
				.with("presidentId", president)
				.with("secretaryId", secretary)
				.with("treasurerId", president)
				.with("accountNumber", FULL_ACCOUNT)
				.with("ifsc", "sbin0001234"))
			.exchange();
	}

	/** Issue 14: the form offers crafts by name as boxes to tick, not codes to type. */
	@Test
	void theFormOffersCraftsByNameAndTakesEveryTickedOne() {
		new SellerFixtures(this.mongo).craft("carpet-weaving", "Carpet weaving", "कालीन बुनाई");
		String form = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/shgs/new?lang=hi")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(form).contains("type=\"checkbox\" name=\"crafts\" value=\"carpet-weaving\"", "कालीन बुनाई");
		this.mongo.remove(Query.query(Criteria.where("name").is("Ticked Crafts SHG")), "sellers").block();
		String location = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs")
			.body(BodyInserters.fromFormData("name", "Ticked Crafts SHG")
				.with("district", "LEH")
				.with("block", "Leh")
				.with("village", "Saboo")
				.with("crafts", "pashmina-weaving")
				.with("crafts", "carpet-weaving")
				.with("dateFormed", "2025-06-01")
				.with("memberIds", "art-shg-m1, art-shg-m2, art-shg-m3")
				.with("presidentId", "art-shg-m1")
				.with("secretaryId", "art-shg-m2")
				.with("treasurerId", "art-shg-m3")
				.with("accountNumber", FULL_ACCOUNT)
				.with("ifsc", "sbin0001234"))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		String id = location.replaceAll("^/staff/shgs/([^?]+).*$", "$1");
		assertThat(this.mongo.findById(id, Document.class, "sellers").block().getList("crafts", String.class))
			.containsExactly("pashmina-weaving", "carpet-weaving");
	}

	@Test
	void badInputGetsMessagesBesideTheFieldsAndSavesNothing() {
		String html = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("name", "Saboo Weavers SHG")
				.with("district", "LEH")
				.with("village", "Saboo")
				.with("crafts", "pashmina-weaving")
				.with("dateFormed", LocalDate.now().plusDays(3).toString())
				.with("memberIds", "art-shg-m1, art-shg-m2")
				.with("presidentId", "art-shg-m9")
				.with("secretaryId", "art-shg-m2")
				.with("treasurerId", "art-shg-m1")
				.with("accountNumber", FULL_ACCOUNT.substring(0, 6))
				.with("ifsc", "SBIN0001234"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("cannot be in the future", "one of the members above", "9 to 18 digits");
		assertThat(this.mongo.count(Query.query(Criteria.where("name").is("Saboo Weavers SHG")), "sellers").block())
			.isZero();
	}

	@Test
	void accountsStaffMayReadTheLedgerButNotChangeIt() {
		new SellerFixtures(this.mongo).insert(new Document("_id", "shg-staff-read").append("type", "SHG")
			.append("name", "Read Only SHG")
			.append("status", "ACTIVE")
			.append("shg", new Document("memberIds", java.util.List.of("art-shg-m1")).append("fundBalanceMinor", 0L)));
		assertThat(page(SignedIn.accounts(), "/staff/shgs/shg-staff-read")).contains("Read Only SHG")
			.doesNotContain("Record the entry");
		assertThat(page(SignedIn.accounts(), "/staff/shgs")).contains("Read Only SHG");
		this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs/shg-staff-read/fund-entries")
			.body(BodyInserters.fromFormData("kind", "GRANT").with("amountRupees", "50000").with("note", "Grant"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/shgs/shg-staff-read")
			.exchange()
			.expectStatus()
			.isForbidden();

		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs/shg-staff-read/fund-entries")
			.body(BodyInserters.fromFormData("kind", "GRANT").with("amountRupees", "50000").with("note", "Grant"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs/shg-staff-read/fund-entries")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("kind", "UTILISATION")
				.with("amountRupees", "50000.01")
				.with("note", "Too much"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		String own = page(SignedIn.seller("shg-staff-read"), "/seller/fund");
		assertThat(own).contains("₹50,000").doesNotContain("Record the entry");
		this.http.mutateWith(SignedIn.as(SignedIn.seller("art-shg-m1")))
			.get()
			.uri("/seller/fund")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private WebTestClient.ResponseSpec approve(MarketplaceUser user, String id) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri("/staff/shgs/" + id + "/approval")
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private String page(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
