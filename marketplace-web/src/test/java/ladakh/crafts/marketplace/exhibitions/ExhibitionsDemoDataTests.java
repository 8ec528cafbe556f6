package ladakh.crafts.marketplace.exhibitions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.demo.Seller;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhibitions of the demo on a database of this test's own, with the generated
 * sellers and exhibitions in it as the demo loader stores them: the two past draws are
 * run by the policy with their published seeds (running it again on the published inputs
 * gives the stored result, and the festival's rotation counts the Sindhu Darshan stalls),
 * the Dosmoche Mela takes applications, the public pages show them, and a second load
 * adds nothing.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExhibitionsDemoDataTests {

	private static final DemoData DATA = new DemoDataGenerator().generate();

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ExhibitionRepository exhibitions;

	@Autowired
	StallApplicationRepository applications;

	@Autowired
	AllocationRecordRepository records;

	@Autowired
	StallDraws draws;

	@Autowired
	StallAllocationRepository allocations;

	private ExhibitionsDemoData.Loaded first;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "exhibitions-demo-test");
	}

	@BeforeAll
	void loadTheDemo() {
		this.mongo.insert(DATA.sellers().stream().map(ExhibitionsDemoDataTests::seller).toList(), "sellers")
			.collectList()
			.block();
		this.mongo.insert(DATA.exhibitions().stream().map(ExhibitionsDemoDataTests::exhibition).toList(), "exhibitions")
			.collectList()
			.block();
		this.first = loader().load(false).block();
	}

	@Test
	void theFirstLoadPlansThreeExhibitionsAndRunsTheTwoPastDraws() {
		assertThat(this.first.plans()).isEqualTo(3);
		assertThat(this.first.draws()).isEqualTo(2);
		assertThat(this.first.applications()).isGreaterThan(40);
		Exhibition dosmoche = this.exhibitions.find("dosmoche-2027").block();
		assertThat(dosmoche.call()).isNotNull();
		assertThat(dosmoche.venue()).isEqualTo("Leh Palace");
		assertThat(dosmoche.plan().stalls()).hasSize(18);
		assertThat(this.applications.applied("dosmoche-2027").collectList().block()).hasSize(5);
		assertThat(this.records.find("dosmoche-2027").blockOptional()).isEmpty();
	}

	@Test
	void eachPastDrawIsThePolicysResultOnItsPublishedInputs() {
		for (String id : List.of("sindhu-darshan-2026", "ladakh-festival-2026")) {
			AllocationRecord record = this.records.find(id).block();
			assertThat(record.done()).isTrue();
			assertThat(record.by()).isEqualTo(DemoExhibitions.OFFICER);
			assertThat(record.result().policy()).isEqualTo(AllocationPolicy.NAME);
			assertThat(AllocationPolicy.allocate(record.result().draw())).isEqualTo(record.result());
			assertThat(record.result().waitlist()).as("more applied than there were stalls").isNotEmpty();
			List<Document> stalls = this.mongo
				.find(Query.query(Criteria.where("exhibitionId").is(id)), Document.class, "stall_allocations")
				.collectList()
				.block();
			assertThat(stalls).extracting((stall) -> stall.getString("_id"))
				.containsExactlyInAnyOrderElementsOf(
						record.result().placements().stream().map((p) -> id + ":" + p.stallNumber()).toList());
			// paid long ago, so the fee sweep never takes a past stall back
			assertThat(stalls).allSatisfy((stall) -> {
				assertThat(stall.getString("status")).isEqualTo("CONFIRMED");
				assertThat(stall.get("payment", Document.class).getString("recordedBy"))
					.isEqualTo(DemoExhibitions.ACCOUNTS);
			});
		}
	}

	@Test
	void theFestivalsRotationCountsTheStallsOfSindhuDarshan() {
		AllocationRecord festival = this.records.find("ladakh-festival-2026").block();
		Set<String> atSindhu = this.records.find("sindhu-darshan-2026")
			.block()
			.result()
			.placements()
			.stream()
			.map(AllocationResult.Placement::sellerId)
			.collect(Collectors.toSet());
		Set<String> applied = festival.result()
			.draw()
			.applications()
			.stream()
			.map(Applicant::sellerId)
			.collect(Collectors.toSet());
		assertThat(festival.result().draw().history()).isNotEmpty()
			.allSatisfy((past) -> assertThat(past.exhibitionId()).isEqualTo("sindhu-darshan-2026"))
			.extracting(PastAllocation::sellerId)
			.containsExactlyInAnyOrderElementsOf(
					atSindhu.stream().filter(applied::contains).collect(Collectors.toSet()));
	}

	@Test
	void loadingAgainAddsNothing() {
		assertThat(loader().load(true).block()).isEqualTo(new ExhibitionsDemoData.Loaded(0, 0, 0));
		assertThat(loader().load(false).block()).isEqualTo(new ExhibitionsDemoData.Loaded(0, 0, 0));
	}

	@Test
	void theDrawRecordAndTheExhibitionPageArePublic() {
		AllocationRecord record = this.records.find("ladakh-festival-2026").block();
		String placed = record.result().placements().get(0).sellerId();
		String name = DATA.sellers().stream().filter((s) -> s.id().equals(placed)).findFirst().get().name();
		String draw = page("/exhibitions/ladakh-festival-2026/draw");
		assertThat(draw).contains("Secretary Industries reviews Handloom", "2 Sep 2026", name,
				"href=\"/sellers/" + placed + "\"", "at Sindhu Darshan 2026, which ended on 25 Jun 2026");
		String text = draw.substring(draw.indexOf("<main")).replaceAll("<[^>]*>", " ");
		assertThat(text).as("seller and exhibition ids stay in the links")
			.doesNotContainPattern("\\b(?:art|shg|tc)-\\d{4}\\b")
			.doesNotContain("sindhu-darshan-2026", "ladakh-festival-2026");
		assertThat(page("/exhibitions/ladakh-festival-2026")).contains("Polo Ground, Leh", "20–26 Sep 2026",
				"href=\"/sellers/" + placed + "\"", "/exhibitions/ladakh-festival-2026/draw");
		assertThat(page("/exhibitions")).contains("Dosmoche Mela 2027", "Sindhu Darshan 2026");
	}

	private String page(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.replace("&amp;", "&");
	}

	private ExhibitionsDemoData loader() {
		return new ExhibitionsDemoData(this.exhibitions, this.applications, this.records, this.draws, this.allocations,
				new DemoDataGenerator());
	}

	/** The fields the exhibitions' pages and the draw read of a seller. */
	private static Document seller(Seller seller) {
		return new Document("_id", seller.id()).append("type", seller.type().name())
			.append("name", seller.name())
			.append("district", seller.district().name())
			.append("village", seller.village())
			.append("crafts", seller.crafts())
			.append("registrationNumber", seller.registrationNumber())
			.append("status", seller.status());
	}

	/** As the demo loader stores a generated exhibition. */
	private static Document exhibition(ladakh.crafts.demo.Exhibition exhibition) {
		return new Document("_id", exhibition.id())
			.append("name", new Document("en", exhibition.name().en()).append("hi", exhibition.name().hi()))
			.append("place", exhibition.place())
			.append("district", exhibition.district().name())
			.append("startsOn", exhibition.startsOn().toString())
			.append("endsOn", exhibition.endsOn().toString())
			.append("stallCount", exhibition.stallCount())
			.append("description",
					new Document("en", exhibition.description().en()).append("hi", exhibition.description().hi()));
	}

}
