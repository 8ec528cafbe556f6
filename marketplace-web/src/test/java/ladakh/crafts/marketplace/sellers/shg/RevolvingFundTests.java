package ladakh.crafts.marketplace.sellers.shg;

import java.time.Duration;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MockServerTest
class RevolvingFundTests {

	private static final String SHG = "shg-fund-test";

	@Autowired
	RevolvingFund fund;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void activeShgWithAnEmptyFund() {
		this.mongo.remove(Query.query(Criteria.where("shgId").is(SHG)), "shg_fund_entries").block();
		new SellerFixtures(this.mongo).insert(new Document("_id", SHG).append("type", "SHG")
			.append("name", "Fund Test SHG")
			.append("status", "ACTIVE")
			.append("shg", new Document("memberIds", List.of()).append("fundBalanceMinor", 0L)));
	}

	@Test
	void theBalanceIsGrantsPlusRepaymentsMinusUtilisation() {
		record(FundEntryKind.GRANT, 5_000_000L);
		record(FundEntryKind.UTILISATION, 1_250_050L);
		record(FundEntryKind.REPAYMENT, 250_000L);

		List<FundEntry> ledger = this.fund.ledger(SHG).block();
		assertThat(ledger).extracting((entry) -> entry.balanceAfter().minor())
			.containsExactly(5_000_000L, 3_749_950L, 3_999_950L);
		assertThat(storedBalance()).isEqualTo(3_999_950L);
	}

	@Test
	void entriesMadeInOneMillisecondSortInTheOrderTheyWereMade() {
		// the ledger reads (at, _id): a full run once listed a repayment before the
		// utilisation it followed when all three fell in one millisecond
		java.time.Instant sameMoment = java.time.Instant.parse("2026-12-07T10:00:00.123Z");
		List<String> ids = java.util.stream.IntStream.range(0, 50)
			.mapToObj((i) -> RevolvingFund.entryId(sameMoment))
			.toList();

		assertThat(ids).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aUtilisationLargerThanTheBalanceIsRefusedAndWritesNothing() {
		record(FundEntryKind.GRANT, 100_000L);

		assertThatThrownBy(() -> record(FundEntryKind.UTILISATION, 100_001L)).isInstanceOf(FundRefusedException.class)
			.extracting((ex) -> ((FundRefusedException) ex).reason())
			.isEqualTo(FundRefusedException.Reason.INSUFFICIENT_BALANCE);
		assertThat(storedBalance()).isEqualTo(100_000L);
		assertThat(this.fund.ledger(SHG).block()).hasSize(1);
	}

	@Test
	void aPendingShgsFundCannotBeUsed() {
		new SellerFixtures(this.mongo).set(SHG, "status", "PENDING");

		assertThatThrownBy(() -> record(FundEntryKind.GRANT, 100_000L)).isInstanceOf(FundRefusedException.class);
		assertThat(this.fund.ledger(SHG).block()).isEmpty();
	}

	@Test
	void amountsMustBePositive() {
		assertThatThrownBy(() -> record(FundEntryKind.GRANT, 0L)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> record(FundEntryKind.GRANT, -5L)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void concurrentUtilisationsNeverDriveTheBalanceNegative() {
		record(FundEntryKind.GRANT, RevolvingFund.DEFAULT_GRANT.minor());

		List<Boolean> outcomes = Flux.range(0, 20)
			.parallel(20)
			.runOn(Schedulers.boundedElastic())
			.flatMap((i) -> this.fund
				.record(SHG, FundEntryKind.UTILISATION, Money.paise(500_000L), "Loan " + i, SignedIn.officer())
				.map((entry) -> true)
				.onErrorResume(FundRefusedException.class, (ex) -> Mono.just(false)))
			.sequential()
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(outcomes).hasSize(20);
		assertThat(outcomes.stream().filter(Boolean::booleanValue)).hasSize(10);
		assertThat(storedBalance()).isZero();
		List<FundEntry> ledger = this.fund.ledger(SHG).block();
		assertThat(ledger).hasSize(11);
		assertThat(ledger.get(ledger.size() - 1).balanceAfter().minor()).isZero();
	}

	private void record(FundEntryKind kind, long amountMinor) {
		this.fund.record(SHG, kind, Money.paise(amountMinor), kind + " test", SignedIn.officer()).block();
	}

	private long storedBalance() {
		Document shg = this.mongo.findById(SHG, Document.class, "sellers").block();
		return shg.get("shg", Document.class).get("fundBalanceMinor", Number.class).longValue();
	}

}
