package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.marketplace.demo.DemoDocumentsForTests;
import ladakh.crafts.marketplace.deputations.Deputation;
import ladakh.crafts.marketplace.deputations.DeputationDesk;
import ladakh.crafts.marketplace.deputations.DeputationsDemoLoads;
import ladakh.crafts.marketplace.deputations.Destination;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.stalls.StallSalesDemoLoads;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.treasury.LedgerEntry;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhibitions of the demo on a database and catalog index of this test's own, with
 * the generated sellers, listings and exhibitions in it as the demo loader stores them:
 * the draws are run by the policy with their published seeds (running it again on the
 * published inputs gives the stored result, and the festival's rotation counts the Sindhu
 * Darshan stalls), the Dosmoche Mela takes applications, the public pages show them, the
 * Losar bazaar's makers are met on product pages, the past fairs' stall sales are in the
 * ledger, the IITF deputation has its participants' travel, and a second load adds
 * nothing. The clock starts at the demo's day (7 December 2026) and runs from there, so
 * what is upcoming stays upcoming whenever this runs.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExhibitionsDemoDataTests {

	private static final DemoData DATA = new DemoDataGenerator().generate();

	/** The day the demo is set on. */
	static final Instant DEMO_DAY = Instant.parse("2026-12-07T04:30:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	DeputationDesk deputations;

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

	private int sold;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "exhibitions-demo-test");
		registry.add("marketplace.catalog.index.alias",
				() -> "test-exhibitions-demo-" + UUID.randomUUID().toString().substring(0, 8));
	}

	/** The application's clock, moved to the demo's day. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OnTheDemosDay {

		@Bean
		@Primary
		Clock demoClock() {
			Clock india = Clock.system(IndiaTime.ZONE);
			return Clock.offset(india, Duration.between(india.instant(), DEMO_DAY));
		}

	}

	@BeforeAll
	void loadTheDemo() {
		this.mongo.insert(DATA.sellers().stream().map(DemoDocumentsForTests::seller).toList(), "sellers")
			.collectList()
			.block();
		this.mongo.insert(DATA.listings().stream().map(DemoDocumentsForTests::listing).toList(), "listings")
			.collectList()
			.block();
		this.mongo.insert(DATA.exhibitions().stream().map(ExhibitionsDemoDataTests::exhibition).toList(), "exhibitions")
			.collectList()
			.block();
		this.first = loader().load(false).block();
		this.sold = StallSalesDemoLoads.load(this.context, false);
		assertThat(DeputationsDemoLoads.load(this.context)).isTrue();
	}

	@Test
	void theFirstLoadPlansFiveExhibitionsAndRunsTheFourDrawsHeldBefore() {
		assertThat(this.first.plans()).isEqualTo(5);
		assertThat(this.first.draws()).isEqualTo(4);
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
		assertThat(StallSalesDemoLoads.load(this.context, true)).isZero();
		assertThat(StallSalesDemoLoads.load(this.context, false)).isZero();
		assertThat(DeputationsDemoLoads.load(this.context)).isFalse();
	}

	@Test
	void theLosarBazaarsMakersAreMetOnTheirProductAndSellerPages() {
		AllocationRecord losar = this.records.find(DemoExhibitions.LOSAR).block();
		assertThat(losar.done()).isTrue();
		assertThat(this.allocations.allOf(DemoExhibitions.LOSAR).collectList().block()).isNotEmpty()
			.allSatisfy((stall) -> assertThat(stall.status()).isEqualTo(StallAllocation.Status.CONFIRMED));
		AllocationResult.Placement placed = losar.result()
			.placements()
			.stream()
			.filter((p) -> DATA.listings()
				.stream()
				.anyMatch((l) -> l.sellerId().equals(p.sellerId()) && "PUBLISHED".equals(l.status())))
			.findFirst()
			.orElseThrow();
		String listing = DATA.listings()
			.stream()
			.filter((l) -> l.sellerId().equals(placed.sellerId()) && "PUBLISHED".equals(l.status()))
			.findFirst()
			.orElseThrow()
			.id();
		String meet = "Meet the maker at stall " + placed.stallNumber() + ", Losar Crafts Bazaar 2026";
		assertThat(page("/listings/" + listing)).contains(meet, "18–27 Dec 2026");
		assertThat(page("/sellers/" + placed.sellerId())).contains(meet);
		// The listing's stalls field is in the index: search by the bazaar finds it.
		new StorefrontFixtures(this.mongo).awaitIndexed(Query.query(Criteria.where("_id").is(listing)));
		assertThat(page("/api/v1/search?exhibition=" + DemoExhibitions.LOSAR)).contains("\"" + listing + "\"");
	}

	@Test
	void theLedgerHasStallSalesAtBothPastFairs() {
		assertThat(this.sold).isEqualTo(16);
		List<Document> sales = this.mongo.findAll(Document.class, "stall_sales").collectList().block();
		Set<String> sellers = sales.stream().map((sale) -> sale.getString("sellerId")).collect(Collectors.toSet());
		List<LedgerEntry> lines = Flux.fromIterable(sellers)
			.concatMap(this.ledger::entriesOf)
			.filter((entry) -> LedgerEntry.STALL.equals(entry.channel()))
			.collectList()
			.block();
		assertThat(lines).hasSize(sales.size());
		for (String fair : List.of("sindhu-darshan-2026", "ladakh-festival-2026")) {
			Exhibition exhibition = this.exhibitions.find(fair).block();
			List<LedgerEntry> atFair = lines.stream().filter((line) -> fair.equals(line.exhibitionId())).toList();
			assertThat(atFair).as(fair).hasSize(8).allSatisfy((line) -> {
				assertThat(line.kind()).isEqualTo(LedgerEntry.SALE);
				assertThat(line.amount().isPositive()).isTrue();
				// Full lines (issue 16): the seller's kind and district, payee, year.
				assertThat(line.sellerKind()).isNotNull();
				assertThat(line.district()).isNotNull();
				assertThat(line.payee()).isEqualTo(LedgerEntry.payeeOf(line.sellerKind()));
				assertThat(line.fy()).isEqualTo("2026-27");
				assertThat(line.signedMinor()).isEqualTo(line.amount().minor());
				assertThat(IndiaTime.dayOf(line.at())).isBetween(exhibition.startsOn(), exhibition.endsOn());
				assertThat(this.allocations.heldBy(line.sellerId(), fair).block().status())
					.isEqualTo(StallAllocation.Status.CONFIRMED);
			});
			assertThat(atFair).extracting(LedgerEntry::paymentMode).contains("CASH", "UPI");
		}
	}

	@Test
	void theIitfDeputationHasItsParticipantsTravel() {
		Deputation iitf = this.deputations.find(DemoExhibitions.IITF).block();
		List<AllocationResult.Placement> placed = this.deputations.placed(DemoExhibitions.IITF).block();
		assertThat(iitf.destination()).isEqualTo(Destination.IITF_DELHI);
		assertThat(placed).hasSize(iitf.places()).hasSize(8);
		assertThat(iitf.travel()).extracting(Deputation.Travel::sellerId)
			.containsExactlyInAnyOrderElementsOf(placed.stream().map(AllocationResult.Placement::sellerId).toList());
		assertThat(iitf.travel()).allSatisfy((travel) -> {
			assertThat(travel.departsOn()).isBefore(LocalDate.of(2026, 11, 14));
			assertThat(travel.returnsOn()).isAfter(LocalDate.of(2026, 11, 27));
		});
		assertThat(page("/exhibitions/" + DemoExhibitions.IITF)).contains("India International Trade Fair 2026",
				"14–27 Nov 2026");
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
