package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.exhibitions.AllocationPolicy;
import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complex swap marked before moved (decision 71), on the in-process MongoDB: a swap
 * stopped after each of its steps (as a crash would leave it) reads with each seller in
 * exactly one shop, and the sweep finishes it once decided or undoes it; marked shops
 * refuse other moves; of two swaps sharing a shop at once exactly one wins. Each test
 * works in a year of its own far ahead.
 */
@MockServerTest
class ComplexSwapCrashTests {

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
	ShopSwaps swaps;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void seed() {
		SellerFixtures fixtures = new SellerFixtures(this.mongo);
		for (int i = 1; i <= 4; i++) {
			String id = "art-sw" + i + "-" + this.run;
			fixtures.artisan(id, "Swap Seller " + i + " " + this.run, null, "ACTIVE",
					IndiaTime.dayOf(Instant.now()).plusYears(1));
			this.sellers.add(id);
		}
		vacantTerm();
		hold("A2", 0);
		hold("B1", 1);
		hold("B2", 2);
	}

	@Test
	void aSwapStoppedAfterItsFirstMarkShowsNothingRefusesMovesAndTheSweepUndoesIt() {
		List<ShopTerm> marked = marks("A2", "B1");
		this.swaps.markFirst(marked.get(0)).block();
		assertHolders(Map.of("A2", 0, "B1", 1, "B2", 2));
		assertThat(this.shops.find(this.termId, "A2").block().marked()).isTrue();

		String path = "/staff/artisan-complex/terms/" + this.termId;
		assertThat(post(path + "/surrender", form("shop", "A2", "reason", "leaving"), 409))
			.contains("Shop A2 is in a swap being recorded.");
		assertThat(post(path + "/swap", form("shop", "B2", "otherShop", "A2", "reason", "asked"), 409))
			.contains("Shop A2 is in a swap being recorded.");
		assertThat(post(path + "/surrender?lang=hi", form("shop", "A2", "reason", "leaving"), 409))
			.contains("दुकान A2 की अदला-बदली अभी दर्ज हो रही है।");
		// A mark younger than a minute is a swap under way: the regular sweep leaves it.
		this.swaps.sweep().block();
		assertThat(this.shops.find(this.termId, "A2").block().marked()).isTrue();
		this.swaps.sweep(Instant.now().plusSeconds(5)).block();
		assertThat(this.shops.find(this.termId, "A2").block().marked()).isFalse();
		assertHolders(Map.of("A2", 0, "B1", 1, "B2", 2));
		// Fenced: the stopped swap can no longer mark its second shop.
		assertThat(this.shops.mark(marked.get(1), marked.get(1).version() - 1).block()).isFalse();
		assertThat(swapLines()).isEmpty();
	}

	@Test
	void aSwapStoppedOnceDecidedShowsTheSwapAndTheSweepFinishesIt() {
		List<ShopTerm> marked = marks("B1", "A2");
		assertThat(marked).extracting(ShopTerm::shop).containsExactly("A2", "B1");
		this.swaps.markFirst(marked.get(0)).block();
		this.swaps.markSecond(marked.get(1), marked.get(0)).block();
		assertHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		assertThat(page(SignedIn.seller(this.sellers.get(0)), "/seller/artisan-complex")).contains("Shop B1")
			.doesNotContain("Shop A2");
		assertThat(page(null, "/artisan-complex/terms/" + this.termId)).contains("taken in a swap");
		// A decided swap's shops refuse an allotment too.
		assertThat(post("/staff/artisan-complex/terms/" + this.termId + "/allot",
				form("shop", "B1", "sellerId", this.sellers.get(3), "reason", "new"), 409))
			.contains("Shop B1 is in a swap being recorded.");

		assertThat(this.swaps.sweep(Instant.now().plusSeconds(5)).block()).isPositive();
		assertStoredHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		assertHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		this.swaps.sweep(Instant.now().plusSeconds(5)).block();
		// Finishing it again (a second sweeper, a retry) writes nothing and no second
		// line.
		this.swaps.finish(marked.get(0), marked.get(1)).block();
		assertStoredHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		assertThat(swapLines()).singleElement().satisfies((line) -> {
			assertThat(line.reason()).isEqualTo("both asked");
			assertThat(line.details()).containsEntry("sellerId", this.sellers.get(0))
				.containsEntry("otherSellerId", this.sellers.get(1));
		});
	}

	@Test
	void aSwapStoppedAfterItsFirstWriteShowsTheSwapAndTheSweepFinishesItOnce() {
		List<ShopTerm> marked = marks("A2", "B1");
		this.swaps.markFirst(marked.get(0)).block();
		this.swaps.markSecond(marked.get(1), marked.get(0)).block();
		this.shops.completeSwap(marked.get(0).swapped(), marked.get(0).pendingSwap().id()).block();
		ShopTerm a2 = this.shops.find(this.termId, "A2").block();
		assertThat(a2.marked()).isFalse();
		assertThat(a2.sellerId()).isEqualTo(this.sellers.get(1));
		assertHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		// The first seller holds no shop's record now, only B1's mark: still no second
		// shop.
		assertThat(post("/staff/artisan-complex/terms/" + this.termId + "/allot",
				form("shop", "A5", "sellerId", this.sellers.get(0), "reason", "second"), 409))
			.contains("This seller holds another shop this term.");

		this.swaps.sweep(Instant.now().plusSeconds(5)).block();
		this.swaps.sweep(Instant.now().plusSeconds(5)).block();
		assertStoredHolders(Map.of("A2", 1, "B1", 0, "B2", 2));
		ShopTerm b1 = this.shops.find(this.termId, "B1").block();
		assertThat(b1.spells()).extracting(Spell::sellerId).containsExactly(this.sellers.get(1), this.sellers.get(0));
		assertThat(b1.spells().get(0).ending()).isEqualTo(Spell.Ending.SWAPPED);
		assertThat(swapLines()).hasSize(1);
	}

	@Test
	void aSwapThroughTheDeskLeavesNoMarkAndOneAuditLine() {
		this.desk.swap(this.termId, "B2", "A2", "both asked", SignedIn.officer()).block();
		assertStoredHolders(Map.of("A2", 2, "B1", 1, "B2", 0));
		assertThat(this.shops.ofTerm(this.termId).block()).noneMatch(ShopTerm::marked);
		assertThat(swapLines()).hasSize(1);
	}

	@Test
	void aSecondMarkThatFailsUnmarksTheFirst() {
		ShopTerm a2 = this.shops.find(this.termId, "A2").block();
		ShopTerm staleB1 = this.shops.find(this.termId, "B1").block();
		this.shops.fence(staleB1).block();
		assertThat(refusal(() -> this.swaps.swap(a2, staleB1, "both asked", SignedIn.officer()).block()))
			.isEqualTo("complex.moved");
		assertThat(this.shops.ofTerm(this.termId).block()).noneMatch(ShopTerm::marked);
		assertStoredHolders(Map.of("A2", 0, "B1", 1, "B2", 2));
	}

	@Test
	void ofTwoSwapsSharingAShopAtOnceExactlyOneWins() {
		// A2 shared as both swaps' first shop, then B2 shared as both swaps' second.
		for (String[][] round : new String[][][] { { { "A2", "B1" }, { "A2", "B2" } },
				{ { "A2", "B2" }, { "B1", "B2" } } }) {
			List<Callable<String>> calls = new ArrayList<>();
			for (String[] pair : round) {
				// Each from a reading taken before either runs, so they race for the
				// mark.
				ShopTerm one = this.shops.find(this.termId, pair[0]).block();
				ShopTerm other = this.shops.find(this.termId, pair[1]).block();
				calls.add(() -> refusal(() -> this.swaps.swap(one, other, "asked", SignedIn.officer()).block()));
			}
			List<String> outcomes = Concurrently.run(calls);
			assertThat(outcomes).containsOnlyOnce("swapped").hasSize(2);
			assertThat(outcomes).filteredOn((o) -> !"swapped".equals(o)).containsExactly("complex.moved");
			List<ShopTerm> after = this.shops.ofTerm(this.termId).block();
			assertThat(after).noneMatch(ShopTerm::marked);
			assertThat(after).filteredOn((shop) -> !shop.vacant())
				.extracting(ShopTerm::sellerId)
				.containsExactlyInAnyOrder(this.sellers.get(0), this.sellers.get(1), this.sellers.get(2));
		}
	}

	/** Both shops marked as a swap would mark them (not stored yet). */
	private List<ShopTerm> marks(String one, String other) {
		return ShopTerm.markSwap(this.shops.find(this.termId, one).block(), this.shops.find(this.termId, other).block(),
				"swp-test-" + UUID.randomUUID(), "both asked", "usr-test-officer", List.of("OFFICER"), Instant.now());
	}

	/** What readers see: the term's shops and each seller's own shops. */
	private void assertHolders(Map<String, Integer> expected) {
		Map<String, String> shown = new LinkedHashMap<>();
		this.queries.term(this.termId)
			.block()
			.shops()
			.stream()
			.filter((shop) -> !shop.vacant())
			.forEach((shop) -> shown.put(shop.shop(), shop.sellerId()));
		assertThat(shown).isEqualTo(sellersOf(expected));
		for (Map.Entry<String, Integer> held : expected.entrySet()) {
			assertThat(this.queries.heldBy(this.sellers.get(held.getValue())).block())
				.filteredOn((shop) -> shop.termId().equals(this.termId))
				.singleElement()
				.satisfies((shop) -> assertThat(shop.shop()).isEqualTo(held.getKey()));
		}
	}

	private void assertStoredHolders(Map<String, Integer> expected) {
		Map<String, String> stored = new LinkedHashMap<>();
		this.shops.ofTerm(this.termId).block().stream().filter((shop) -> !shop.vacant()).forEach((shop) -> {
			assertThat(shop.marked()).isFalse();
			stored.put(shop.shop(), shop.sellerId());
		});
		assertThat(stored).isEqualTo(sellersOf(expected));
	}

	private Map<String, String> sellersOf(Map<String, Integer> expected) {
		Map<String, String> ids = new LinkedHashMap<>();
		expected.forEach((shop, seller) -> ids.put(shop, this.sellers.get(seller)));
		return ids;
	}

	private List<AuditEvent> swapLines() {
		return this.audit.about("COMPLEX_SHOP", ShopTerm.idOf(this.termId, "A2"))
			.filter((event) -> ShopSwaps.AUDIT_ACTION.equals(event.action()))
			.collectList()
			.block();
	}

	private static String refusal(Runnable call) {
		try {
			call.run();
			return "swapped";
		}
		catch (Refusal ex) {
			return ex.messageKey();
		}
	}

	private void vacantTerm() {
		LocalDate start = LocalDate.parse(this.termId);
		ComplexTerm term = new ComplexTerm(this.termId, start, start.plusMonths(3).minusDays(1), 3,
				AllocationPolicy.NAME, DrawSeed.of("test " + this.run), List.of(), List.of(), List.of(),
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

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private String post(String path, MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(SignedIn.officer(), path, form, status);
	}

	private String page(MarketplaceUser person, String path) {
		return new HtmlForms(this.http).page(person, path, 200);
	}

}
