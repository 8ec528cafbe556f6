package ladakh.crafts.marketplace.training.stock;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.stock.StockMovement.Kind;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Reorder levels (issue 18): a level re-flags its item's balances; every later move keeps
 * the flag in step in the same update (balances below their level, read on the index,
 * equal those found by comparing quantity and level straight from the collection);
 * balances stored before levels are backfilled and, without a level, are never below; a
 * level that is not a whole number from 0 is refused beside its field, in both languages.
 */
@MockServerTest
class ReorderLevelTests {

	private static final String ITEM = "silver";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "tc-low-" + this.run;

	@Autowired
	ReorderLevels levels;

	@Autowired
	StockRegister register;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	WebTestClient http;

	@AfterEach
	void noLevelAgain() {
		this.levels.set(ITEM, "0", SignedIn.officer()).block();
		this.levels.set("dyes", "0", SignedIn.officer()).block();
	}

	@Test
	void aLevelFlagsTheItemsBalancesAndEveryMoveKeepsTheFlagInStep() {
		move(Kind.RECEIPT, null, StockMovement.STORE, 50);
		move(Kind.ISSUE, StockMovement.STORE, this.centre, 20);
		assertThat(below()).doesNotContain(this.centre);

		this.levels.set(ITEM, " 30 ", SignedIn.officer()).block();
		assertThat(below()).contains(this.centre);
		assertThat(low(this.centre)).isEqualTo(new LowBalance(this.centre, ITEM, 20, 30));
		agreesWithTheCollection();

		move(Kind.RECEIPT, null, StockMovement.STORE, 15);
		move(Kind.ISSUE, StockMovement.STORE, this.centre, 15);
		assertThat(below()).doesNotContain(this.centre);
		move(Kind.CONSUMPTION, this.centre, null, 10);
		assertThat(low(this.centre)).isEqualTo(new LowBalance(this.centre, ITEM, 25, 30));
		this.register
			.recount("cnt-" + UUID.randomUUID(), this.centre, ITEM, 25, 40, "Found in the back room", "usr-officer")
			.block();
		assertThat(below()).doesNotContain(this.centre);
		agreesWithTheCollection();

		this.levels.set(ITEM, "0", SignedIn.officer()).block();
		assertThat(below()).doesNotContain(this.centre);
		agreesWithTheCollection();
	}

	@Test
	void balancesStoredBeforeLevelsAreBackfilledAndWithoutALevelNeverBelow() {
		String legacy = "tc-legacy-" + this.run;
		this.mongo
			.insert(new Document("_id", StockBalance.key(legacy, "dyes")).append("holderId", legacy)
				.append("itemId", "dyes")
				.append("quantity", 10L)
				.append("applied", List.of()), StockBalanceRepository.COLLECTION)
			.block();
		this.levels.backfillItems().block();
		assertThat(stored(legacy, "dyes").get("headroom", Number.class).longValue()).isEqualTo(10);
		this.register
			.move(StockMovement.enter("line-" + UUID.randomUUID(), Kind.CONSUMPTION, "dyes", legacy, null, 3, null,
					"Dyed a batch", "usr-officer", Instant.now()))
			.block();
		assertThat(stored(legacy, "dyes").get("headroom", Number.class).longValue()).isEqualTo(7);
		assertThat(this.levels.below(1_000).block().balances()).noneMatch((low) -> low.holderId().equals(legacy));

		this.levels.set("dyes", "8", SignedIn.officer()).block();
		assertThat(this.levels.below(1_000).block().balances()).contains(new LowBalance(legacy, "dyes", 7, 8));
		agreesWithTheCollection();
	}

	@Test
	void aLevelThatIsNotAWholeNumberIsRefusedBesideItsFieldInBothLanguages() {
		for (String bad : List.of("-1", "ten", "2.5", "", "12345678901", "1,000")) {
			for (String language : List.of("en", "hi")) {
				String page = post("/staff/stock/reorder-levels/dyes?lang=" + language, bad).expectStatus()
					.isBadRequest()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(page).as(bad)
					.contains("id=\"level-dyes-input-error\"")
					.contains(language.equals("hi") ? "पूर्ण संख्या लिखें" : "Enter a whole number from 0");
			}
		}
		post("/staff/stock/reorder-levels/gold", "5").expectStatus().isNotFound();
		post("/staff/stock/reorder-levels/dyes", "12").expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals("Location", "/staff/stock/reorder-levels?done=dyes");
		String page = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/stock/reorder-levels?done=dyes&lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("पुनः ऑर्डर स्तर").contains("value=\"12\"");
		assertThat(this.levels.levels().block()).containsEntry("dyes", 12L);
	}

	/** Balances below, by the index, equal those found comparing quantity and level. */
	private void agreesWithTheCollection() {
		Map<String, Long> set = this.levels.levels().block();
		Set<String> straight = new TreeSet<>();
		for (StockItem item : StockItem.CATALOGUE) {
			long level = set.getOrDefault(item.id(), 0L);
			this.mongo
				.find(Query.query(Criteria.where("itemId").is(item.id())), Document.class,
						StockBalanceRepository.COLLECTION)
				.filter((balance) -> balance.get("quantity", Number.class).longValue() < level)
				.map((balance) -> balance.getString("_id"))
				.collectList()
				.block()
				.forEach(straight::add);
		}
		ReorderLevels.Below below = this.levels.below(10_000).block();
		Set<String> indexed = new TreeSet<>();
		below.balances().forEach((low) -> indexed.add(StockBalance.key(low.holderId(), low.itemId())));
		assertThat(indexed).isEqualTo(straight);
		assertThat(below.count()).isEqualTo(straight.size());
	}

	private Set<String> below() {
		return this.levels.below(10_000)
			.block()
			.balances()
			.stream()
			.filter((low) -> low.itemId().equals(ITEM))
			.map(LowBalance::holderId)
			.collect(Collectors.toSet());
	}

	private LowBalance low(String holder) {
		Map<String, LowBalance> byHolder = new HashMap<>();
		this.levels.below(10_000)
			.block()
			.balances()
			.stream()
			.filter((low) -> low.itemId().equals(ITEM))
			.forEach((low) -> byHolder.put(low.holderId(), low));
		return byHolder.get(holder);
	}

	private Document stored(String holder, String item) {
		return this.mongo.findById(StockBalance.key(holder, item), Document.class, StockBalanceRepository.COLLECTION)
			.block();
	}

	private void move(Kind kind, String from, String to, long quantity) {
		this.register.move(StockMovement.enter("line-" + UUID.randomUUID(), kind, ITEM, from, to, quantity,
				(kind == Kind.RECEIPT) ? "GRN/" + this.run : null, (kind == Kind.CONSUMPTION) ? "Used" : null,
				"usr-officer", Instant.now()))
			.block();
	}

	private WebTestClient.ResponseSpec post(String path, String level) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.body(BodyInserters.fromFormData("level", level))
			.exchange();
	}

}
