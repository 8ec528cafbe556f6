package ladakh.crafts.marketplace.training.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.training.stock.StockMovement.Kind;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stock register on the in-process MongoDB server: balances never below zero under
 * concurrent issues, a line sent twice moving its units once, a line left half done
 * finished, and counts that find a discrepancy.
 */
@MockServerTest
class StockRegisterTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	StockRegister register;

	@Autowired
	StockMovementRepository lines;

	@Autowired
	StockBalanceRepository balances;

	@Test
	void twentyConcurrentIssuesOfTheLastUnitsNeverTakeTheStoreBelowZero() {
		String item = "looms-" + this.run;
		receive(item, 5);
		List<Boolean> issued = Flux.range(0, 20)
			.flatMap((i) -> this.register.move(line(Kind.ISSUE, item, StockMovement.STORE, "tc-" + (i % 4), 1))
				.map((done) -> true)
				.onErrorResume(Refusal.class, (ex) -> Mono.just(false)), 20)
			.collectList()
			.block();
		assertThat(issued).filteredOn((done) -> done).hasSize(5);
		assertThat(quantity(StockMovement.STORE, item)).isZero();
		long atCentres = 0;
		for (int centre = 0; centre < 4; centre++) {
			atCentres += quantity("tc-" + centre, item);
		}
		assertThat(atCentres).isEqualTo(5);
	}

	@Test
	void issuesOfManySizesRacingTakeNoMoreThanTheStoreHas() {
		Random random = new Random(17);
		for (int round = 0; round < 5; round++) {
			String item = "wool-" + round + "-" + this.run;
			receive(item, 37);
			List<StockMovement> wanted = java.util.stream.IntStream.range(0, 20)
				.mapToObj((i) -> line(Kind.ISSUE, item, StockMovement.STORE, "tc-" + (i % 3), 1 + random.nextInt(5)))
				.toList();
			List<StockMovement> done = Flux.fromIterable(wanted)
				.flatMap((line) -> this.register.move(line).onErrorResume(Refusal.class, (ex) -> Mono.empty()), 20)
				.collectList()
				.block();
			long issued = done.stream().mapToLong(StockMovement::quantity).sum();
			assertThat(issued).isLessThanOrEqualTo(37);
			assertThat(quantity(StockMovement.STORE, item)).isEqualTo(37 - issued);
			Map<String, Long> byCentre = done.stream()
				.collect(Collectors.groupingBy(StockMovement::to, Collectors.summingLong(StockMovement::quantity)));
			byCentre.forEach((centre, units) -> assertThat(quantity(centre, item)).isEqualTo(units));
			// every refused line is kept, refused, and moved nothing
			for (StockMovement line : wanted) {
				StockMovement stored = this.lines.byId(line.id()).block();
				assertThat(stored.state()).isIn(StockMovement.State.DONE, StockMovement.State.REFUSED);
				assertThat(done.stream().anyMatch((d) -> d.id().equals(line.id())))
					.isEqualTo(stored.state() == StockMovement.State.DONE);
			}
		}
	}

	@Test
	void aLineSentTwiceAtOnceMovesItsUnitsOnce() {
		String item = "yarn-" + this.run;
		receive(item, 10);
		StockMovement issue = line(Kind.ISSUE, item, StockMovement.STORE, "tc-1", 4);
		List<StockMovement> answers = Flux.range(0, 6)
			.flatMap((i) -> this.register.move(issue), 6)
			.collectList()
			.block();
		assertThat(answers).hasSize(6).allMatch((line) -> line.state() == StockMovement.State.DONE);
		assertThat(quantity(StockMovement.STORE, item)).isEqualTo(6);
		assertThat(quantity("tc-1", item)).isEqualTo(4);
	}

	@Test
	void aLineAStoppedProcessLeftHalfDoneIsFinishedOnce() {
		String item = "dyes-" + this.run;
		receive(item, 10);
		// entered and taken from the store, then the process stopped: never given
		StockMovement line = new StockMovement("left-" + UUID.randomUUID(), Kind.TRANSFER, item, StockMovement.STORE,
				"tc-2", 3, null, null, "usr-officer", Instant.now().minus(Duration.ofMinutes(5)),
				StockMovement.State.PENDING);
		this.lines.insert(line).block();
		assertThat(this.balances.debit(line.fromKey(), 3, line.id()).block()).isTrue();
		assertThat(quantity("tc-2", item)).isZero();

		List<StockMovement> finished = this.register.finishPending().collectList().block();
		assertThat(finished).extracting(StockMovement::id).contains(line.id());
		assertThat(this.lines.byId(line.id()).block().state()).isEqualTo(StockMovement.State.DONE);
		assertThat(quantity(StockMovement.STORE, item)).isEqualTo(7);
		assertThat(quantity("tc-2", item)).isEqualTo(3);
		// and finishing again changes nothing
		this.register.finishPending().collectList().block();
		this.register.move(line).block();
		assertThat(quantity(StockMovement.STORE, item)).isEqualTo(7);
		assertThat(quantity("tc-2", item)).isEqualTo(3);
	}

	@Test
	void aCountFindsTheDiscrepancyOnlyAgainstTheBookTheCounterSaw() {
		String item = "silver-" + this.run;
		receive(item, 10);
		StockMovement shortage = this.register
			.recount("count-" + UUID.randomUUID(), StockMovement.STORE, item, 10, 8, "two bars missing", "usr-officer")
			.block();
		assertThat(shortage.kind()).isEqualTo(Kind.SHORTAGE);
		assertThat(shortage.quantity()).isEqualTo(2);
		assertThat(quantity(StockMovement.STORE, item)).isEqualTo(8);
		// a count made before that one, of the book as it was, is refused
		assertThatThrownBy(() -> this.register
			.recount("count-" + UUID.randomUUID(), StockMovement.STORE, item, 10, 11, "one more", "usr-officer")
			.block()).isInstanceOfSatisfying(Refusal.class,
					(refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		// a centre that never had the item takes in a surplus
		StockMovement surplus = this.register
			.recount("count-" + UUID.randomUUID(), "tc-9", item, 0, 1, "found in the store room", "usr-officer")
			.block();
		assertThat(surplus.kind()).isEqualTo(Kind.SURPLUS);
		assertThat(quantity("tc-9", item)).isEqualTo(1);
	}

	@Test
	void aLineBetweenTheWrongHoldersOrWithoutItsReferenceIsRefusedFieldByField() {
		assertThatThrownBy(() -> StockMovement.enter("line-" + this.run, Kind.ISSUE, "wool", "tc-1",
				StockMovement.STORE, 0, null, null, "usr-officer", Instant.now()))
			.isInstanceOfSatisfying(Refusal.class,
					(refusal) -> assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field)
						.containsExactly("quantity", "to"));
		assertThatThrownBy(() -> StockMovement.enter("line-" + this.run, Kind.RECEIPT, "wool", null,
				StockMovement.STORE, 5, " ", null, "usr-officer", Instant.now()))
			.isInstanceOfSatisfying(Refusal.class,
					(refusal) -> assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field)
						.containsExactly("reference"));
	}

	private void receive(String item, long quantity) {
		this.register
			.move(StockMovement.enter("grn-" + UUID.randomUUID(), Kind.RECEIPT, item, null, StockMovement.STORE,
					quantity, "GRN/2026/" + this.run, null, "usr-officer", Instant.now()))
			.block();
	}

	private static StockMovement line(Kind kind, String item, String from, String to, long quantity) {
		return StockMovement.enter("line-" + UUID.randomUUID(), kind, item, from, to, quantity, null, null,
				"usr-officer", Instant.now());
	}

	private long quantity(String holder, String item) {
		return this.register.balance(holder, item).block().quantity();
	}

}
