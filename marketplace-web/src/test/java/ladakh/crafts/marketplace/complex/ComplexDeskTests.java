package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.exhibitions.AllocationDraw;
import ladakh.crafts.marketplace.exhibitions.AllocationPolicy;
import ladakh.crafts.marketplace.exhibitions.Applicant;
import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The artisan complex on the in-process MongoDB: an officer generates the schedule
 * (published and re-runnable), allots by hand (two at once: exactly one wins), records a
 * surrender (offered to the next in rotation) and a swap, all kept as history and in the
 * audit trail; sellers see only their own shops and cannot move any. Each test works in a
 * year of its own far ahead, so the complex's terms of other tests never meet it.
 */
@MockServerTest
class ComplexDeskTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final int year = ThreadLocalRandom.current().nextInt(3000, 9000);

	private final String termId = this.year + "-01-01";

	private final List<String> sellers = new ArrayList<>();

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ComplexDesk desk;

	@Autowired
	ComplexQueries queries;

	@Autowired
	ComplexTermRepository terms;

	@Autowired
	ShopTermRepository shops;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void seed() {
		SellerFixtures fixtures = new SellerFixtures(this.mongo);
		for (int i = 1; i <= 5; i++) {
			String id = "art-cx" + i + "-" + this.run;
			fixtures.artisan(id, "Complex Seller " + i + " " + this.run, null, "ACTIVE",
					IndiaTime.dayOf(Instant.now()).plusYears(1));
			this.sellers.add(id);
		}
	}

	@Test
	void anOfficerGeneratesAPublishedScheduleThatRunsAgainToTheSameShops() {
		MultiValueMap<String, String> form = scheduleForm();
		assertThat(officer().post()
			.uri("/staff/artisan-complex/schedule")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form)
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()).hasToString("/staff/artisan-complex?done=generated");

		ComplexQueries.TermShops first = this.queries.term(this.termId).block();
		assertThat(first.shops()).extracting(ShopTerm::shop).containsExactlyElementsOf(ComplexShops.NUMBERS);
		assertThat(first.shops()).filteredOn((shop) -> !shop.vacant())
			.extracting(ShopTerm::sellerId)
			.doesNotHaveDuplicates();
		List<String> ranked = new ArrayList<>();
		first.term().placed().forEach((r) -> ranked.add(r.sellerId()));
		first.term().waiting().forEach((r) -> ranked.add(r.sellerId()));
		assertThat(ranked).containsAll(this.sellers);
		List<Applicant> applicants = ranked.stream()
			.map((id) -> new Applicant(id, StallKind.HANDICRAFT, Set.of()))
			.toList();
		var again = AllocationPolicy.allocate(new AllocationDraw("complex:" + this.termId, first.term().startsOn(),
				first.term().seed(), ComplexShops.asStalls(), applicants, first.term().history()));
		assertThat(again.placements())
			.allSatisfy((p) -> assertThat(first.shops().get(ComplexShops.NUMBERS.indexOf(p.stallNumber())).sellerId())
				.isEqualTo(p.sellerId()));
		ComplexQueries.TermShops second = this.queries.term(this.year + "-04-01").block();
		assertThat(second.term().endsOn()).isEqualTo(LocalDate.of(this.year, 6, 30));

		assertThat(post(SignedIn.officer(), "/staff/artisan-complex/schedule", form, 409))
			.contains("A term already covers some of these days.");
		assertThat(this.audit.about("COMPLEX_TERM", this.termId).map(AuditEvent::action).collectList().block())
			.containsExactly("COMPLEX_SCHEDULE_GENERATED");
		String record = page(null, "/artisan-complex/terms/" + this.termId, 200);
		assertThat(record).contains(first.term().seed().sha256(), "Rotation order", "reserved-rotation-lottery/1");
		assertThat(page(null, "/artisan-complex/terms/" + this.termId + "?lang=hi", 200)).contains("बारी का क्रम");
		assertThat(page(SignedIn.officer(), "/staff/artisan-complex", 200))
			.contains("/staff/artisan-complex/terms/" + this.termId);
		assertThat(page(SignedIn.officer(), "/staff/artisan-complex/terms/" + this.termId, 200))
			.contains("Record a surrender");
	}

	@Test
	void twoOfficersAllottingTheSameShopAtOnceEndWithOneHolder() {
		vacantTerm(List.of());
		List<String> outcomes = Mono
			.zip(outcome(this.desk.allot(this.termId, "A1", this.sellers.get(0), "new unit", SignedIn.officer())),
					outcome(this.desk.allot(this.termId, "A1", this.sellers.get(1), "new unit", SignedIn.admin())))
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block();
		assertThat(outcomes).contains("allotted").hasSize(2);
		assertThat(outcomes).filteredOn((o) -> !o.equals("allotted"))
			.singleElement()
			.isIn("complex.moved", "complex.allot.held");
		ShopTerm stored = this.shops.find(this.termId, "A1").block();
		assertThat(stored.spells()).singleElement()
			.satisfies((spell) -> assertThat(spell.sellerId()).isEqualTo(stored.sellerId()));
		// The unique index on shop and term holds even for a record made another way.
		assertThatThrownBy(() -> this.mongo
			.insert(new Document("_id", "other-" + this.run).append("termId", this.termId).append("shop", "A1"),
					ShopTermRepository.COLLECTION)
			.block()).isInstanceOf(DuplicateKeyException.class);
		assertThat(this.audit.about("COMPLEX_SHOP", stored.id()).map(AuditEvent::reason).collectList().block())
			.containsExactly("new unit");
	}

	@Test
	void aSurrenderedShopGoesToTheNextInRotationWhoHoldsNoneAndTheHistoryKeepsBoth() {
		vacantTerm(List.of(this.sellers.get(2), this.sellers.get(3), this.sellers.get(4)));
		hold("A1", 0);
		hold("B1", 2);
		assertThat(post(SignedIn.officer(), "/staff/artisan-complex/terms/" + this.termId + "/surrender",
				form("shop", "A1", "reason", "moving to Kargil"), 303))
			.isNullOrEmpty();
		ShopTerm a1 = this.shops.find(this.termId, "A1").block();
		assertThat(a1.sellerId()).isEqualTo(this.sellers.get(3));
		assertThat(a1.spells()).extracting(Spell::sellerId).containsExactly(this.sellers.get(0), this.sellers.get(3));
		assertThat(a1.spells()).extracting(Spell::grant).containsExactly(Spell.Grant.SCHEDULED, Spell.Grant.OFFERED);
		assertThat(a1.spells().get(0).ending()).isEqualTo(Spell.Ending.SURRENDERED);
		assertThat(this.audit.about("COMPLEX_SHOP", a1.id()).map(AuditEvent::action).collectList().block())
			.contains("COMPLEX_SHOP_SURRENDERED", "COMPLEX_SHOP_OFFERED");

		String history = page(null, "/artisan-complex/terms/" + this.termId, 200);
		assertThat(history).contains("Complex Seller 1 " + this.run, "Surrendered", "moving to Kargil",
				"offered after a surrender", "Complex Seller 4 " + this.run);
	}

	@Test
	void anOfficerRecordsASwapAndEachSellerSeesOnlyTheirOwnShop() {
		vacantTerm(List.of());
		hold("A2", 1);
		hold("B1", 2);
		post(SignedIn.officer(), "/staff/artisan-complex/terms/" + this.termId + "/swap",
				form("shop", "A2", "otherShop", "B1", "reason", "both asked"), 303);
		assertThat(this.shops.find(this.termId, "A2").block().sellerId()).isEqualTo(this.sellers.get(2));
		assertThat(this.shops.find(this.termId, "B1").block().sellerId()).isEqualTo(this.sellers.get(1));

		String mine = page(SignedIn.seller(this.sellers.get(1)), "/seller/artisan-complex", 200);
		assertThat(mine).contains("Shop B1").doesNotContain("Shop A2");
		assertThat(page(SignedIn.seller(this.sellers.get(4)), "/seller/artisan-complex", 200))
			.contains("You have no shop in the artisan complex yet.");
	}

	@Test
	void onlyOfficersMoveShopsAndRefusalsSayWhy() {
		vacantTerm(List.of());
		hold("A1", 0);
		String path = "/staff/artisan-complex/terms/" + this.termId;
		assertThat(post(SignedIn.officer(), path + "/allot",
				form("shop", "A1", "sellerId", this.sellers.get(1), "reason", "again"), 409))
			.contains("Shop A1 is held already.");
		assertThat(post(SignedIn.officer(), path + "/allot",
				form("shop", "A2", "sellerId", this.sellers.get(0), "reason", "second"), 409))
			.contains("This seller holds another shop this term.");
		assertThat(post(SignedIn.officer(), path + "/allot", form("shop", "A2", "sellerId", this.sellers.get(1)), 400))
			.contains("Give a reason.");
		assertThat(post(SignedIn.officer(), path + "/allot",
				form("shop", "A2", "sellerId", "no-such-" + this.run, "reason", "r"), 400))
			.contains("Give the id of a seller who may sell today.");
		post(SignedIn.officer(), "/staff/artisan-complex/terms/1999-01-01/allot",
				form("shop", "A2", "sellerId", this.sellers.get(1), "reason", "r"), 404);

		post(SignedIn.seller(this.sellers.get(1)), path + "/allot",
				form("shop", "A2", "sellerId", this.sellers.get(1), "reason", "mine"), 403);
		post(SignedIn.seller(this.sellers.get(0)), path + "/surrender", form("shop", "A1", "reason", "mine"), 403);
		page(SignedIn.seller(this.sellers.get(0)), path, 403);
		page(SignedIn.seller(this.sellers.get(0)), "/staff/artisan-complex", 403);
		assertThat(this.shops.find(this.termId, "A2").block().vacant()).isTrue();
		assertThat(this.shops.find(this.termId, "A1").block().sellerId()).isEqualTo(this.sellers.get(0));
	}

	@Test
	void thePublicPlanShowsTheCurrentHoldersOnTheMap() {
		ComplexQueries.Now now = this.queries.now().block();
		if (now.current() == null) {
			LocalDate today = IndiaTime.dayOf(Instant.now());
			this.desk.generate(today, 1, 1, "plan test " + this.run, SignedIn.officer()).block();
			now = this.queries.now().block();
		}
		ShopTerm held = now.current().shops().stream().filter((shop) -> !shop.vacant()).findFirst().orElseThrow();
		String name = this.queries.names(List.of(held.sellerId())).block().get(held.sellerId());
		String plan = page(null, "/artisan-complex", 200);
		assertThat(plan).contains("<svg", "data-shop=\"" + held.shop() + "\"", "href=\"/sellers/" + held.sellerId(),
				"Shop " + held.shop() + ": " + name, "/artisan-complex/terms/" + now.current().term().id());
		assertThat(page(null, "/artisan-complex?lang=hi", 200)).contains("कारीगर परिसर", "ब्लॉक A");
	}

	private void vacantTerm(List<String> waiting) {
		LocalDate start = LocalDate.parse(this.termId);
		List<ComplexTerm.Ranked> ranked = new ArrayList<>();
		for (String id : waiting) {
			ranked.add(new ComplexTerm.Ranked(id, null, ranked.size() + 1, 0, "t" + ranked.size()));
		}
		ComplexTerm term = new ComplexTerm(this.termId, start, start.plusMonths(3).minusDays(1), 3,
				AllocationPolicy.NAME, DrawSeed.of("test " + this.run), List.of(), ranked, List.of(),
				"usr-test-officer", Instant.now());
		this.terms.insertAll(List.of(term)).block();
		this.shops
			.insertAll(ComplexShops.NUMBERS.stream()
				.map((shop) -> ShopTerm.scheduled(term, shop, null, Instant.now()))
				.toList())
			.block();
	}

	private void hold(String shop, int seller) {
		ShopTerm found = this.shops.find(this.termId, shop).block();
		this.shops
			.save(found.allot(this.sellers.get(seller), Spell.Grant.SCHEDULED, null, "system", Instant.now()),
					found.version())
			.block();
	}

	private MultiValueMap<String, String> scheduleForm() {
		return form("firstDay", this.termId, "months", "3", "count", "2", "publicValue",
				"The Tribune, 7 December: snow closes Zojila " + this.run);
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static Mono<String> outcome(Mono<?> move) {
		return move.map((done) -> "allotted").onErrorResume(Refusal.class, (ex) -> Mono.just(ex.messageKey()));
	}

	private WebTestClient officer() {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer())).mutateWith(csrf());
	}

	private String post(ladakh.crafts.marketplace.system.security.MarketplaceUser person, String path,
			MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(person, path, form, status);
	}

	private String page(ladakh.crafts.marketplace.system.security.MarketplaceUser person, String path, int status) {
		return new HtmlForms(this.http).page(person, path, status);
	}

}
