package ladakh.crafts.marketplace.treasury.deposits;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.TestImages;
import ladakh.crafts.marketplace.treasury.FySummary;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, done when: over the generated year (at least 100,000 ledger lines, shared
 * with {@code GeneratedLedgerYearTests}), one treasury deposit a quarter recorded and
 * allocated to the training centres' months through the real {@link TreasuryDeposits}
 * (all of a month, part of it or nothing; some allocations undone by their reversing line
 * and made again), the reconciliation reports, exactly, per centre and month, per centre
 * and year and for the year: due − deposited = outstanding, with due the generator's own
 * totals of the centres' sales and deposited what the test allocated. Every deposit ends
 * wholly allocated, so the accounts home of other tests lists none of them.
 */
@MockServerTest
class GeneratedYearDepositTests {

	@Autowired
	RevenueLedger ledger;

	@Autowired
	TreasuryDeposits deposits;

	@Autowired
	Reconciliation reconciliation;

	@Test
	void allocatedQuarterByQuarterDueLessDepositedIsOutstandingPerCentreMonthAndYear() {
		GeneratedLedgerYear generated = GeneratedLedgerYear.written(this.ledger);
		FinancialYear fy = new FinancialYear(generated.year.startYear());
		MarketplaceUser accounts = SignedIn.accounts();
		Random random = new Random(70L);
		long started = System.nanoTime();

		List<String> centres = generated.sellers.stream()
			.filter(GeneratedLedgerYear.Seller::centre)
			.map(GeneratedLedgerYear.Seller::id)
			.toList();
		Map<String, Map<YearMonth, Long>> deposited = new HashMap<>();
		int allocations = 0;
		int undone = 0;
		for (int quarter = 0; quarter < 4; quarter++) {
			// What each of the quarter's centre months gets: all, part or nothing.
			List<Share> planned = new ArrayList<>();
			for (YearMonth month : fy.months().subList(quarter * 3, quarter * 3 + 3)) {
				for (String centre : centres) {
					long due = due(generated, centre, month);
					int roll = random.nextInt(100);
					long share = (roll < 55) ? due : (roll < 85) ? due * (10 + random.nextInt(80)) / 100 : 0;
					if (due > 0 && share > 0) {
						planned.add(new Share(centre, month, Money.paise(share)));
					}
				}
			}
			long amount = planned.stream().mapToLong((line) -> line.amount().minor()).sum();
			YearMonth last = fy.months().get(quarter * 3 + 2);
			String grn = "GY" + generated.prefix.toUpperCase() + " Q" + quarter;
			Deposit deposit = this.deposits
				.record(new NewDeposit(grn, last.atEndOfMonth().plusDays(5), "Treasury Leh", "0211-00-800",
						Money.paise(amount), "Accounts, " + generated.prefix),
						ChallanScan.check(TestImages.blankPng(4, 4)), accounts)
				.block();
			for (Share line : planned) {
				Allocation made = allocate(deposit, line, accounts);
				allocations++;
				if (allocations % 17 == 0) {
					// undone by its reversing line, then made again
					this.deposits.reverse(deposit.id(), made.id(), accounts).block();
					allocate(deposit, line, accounts);
					undone++;
				}
				deposited.computeIfAbsent(line.centreId(), (centre) -> new HashMap<>())
					.merge(line.month(), line.amount().minor(), Long::sum);
			}
			assertThat(this.deposits.find(deposit.id()).block().fullyAllocated()).isTrue();
		}
		assertThat(undone).isPositive();
		long allocated = System.nanoTime();

		// Per centre and month, per centre and year.
		long yearDue = 0;
		long yearDeposited = 0;
		Reconciliation.YearReport year = this.reconciliation.year(fy).block();
		assertThat(year.centres()).extracting(Reconciliation.CentreRow::centreId)
			.containsExactlyInAnyOrderElementsOf(centres);
		for (Reconciliation.CentreRow row : year.centres()) {
			String centre = row.centreId();
			Reconciliation.CentreReport report = this.reconciliation.centre(fy, centre).block();
			long centreDue = 0;
			long centreDeposited = 0;
			for (Figures.MonthFigures month : report.months()) {
				long due = due(generated, centre, month.month());
				long paid = deposited.getOrDefault(centre, Map.of()).getOrDefault(month.month(), 0L);
				assertThat(month.due()).as("%s %s due", centre, month.month()).isEqualTo(Money.paise(due));
				assertThat(month.deposited()).as("%s %s deposited", centre, month.month()).isEqualTo(Money.paise(paid));
				assertThat(month.outstanding()).as("%s %s outstanding", centre, month.month())
					.isEqualTo(Money.paise(due - paid));
				centreDue += due;
				centreDeposited += paid;
			}
			assertThat(centreDue).isEqualTo(generated.centreYear(centre, fy.toString()).total());
			for (Figures figures : List.of(row.figures(), report.total())) {
				assertThat(figures.due()).as("%s due", centre).isEqualTo(Money.paise(centreDue));
				assertThat(figures.deposited()).as("%s deposited", centre).isEqualTo(Money.paise(centreDeposited));
				assertThat(figures.outstanding()).as("%s outstanding", centre)
					.isEqualTo(Money.paise(centreDue - centreDeposited));
			}
			yearDue += centreDue;
			yearDeposited += centreDeposited;
		}
		// Per financial year, and the ledger's own summary of the treasury's lines
		// agrees.
		assertThat(year.total().due()).isEqualTo(Money.paise(yearDue));
		assertThat(year.total().deposited()).isEqualTo(Money.paise(yearDeposited));
		assertThat(year.total().outstanding()).isEqualTo(Money.paise(yearDue - yearDeposited));
		assertThat(yearDeposited).isPositive().isLessThan(yearDue);
		FySummary summary = this.ledger.summaryOf(fy.toString()).block();
		assertThat(summary.rows()
			.stream()
			.filter((row) -> "TREASURY".equals(row.payee()))
			.map((row) -> row.sums().total())
			.reduce(Money.ZERO, Money::plus)).isEqualTo(Money.paise(yearDue));
		System.out.printf(
				"Generated year %s: %d allocations (%d undone and made again) in %d ms, reconciled in %d ms%n", fy,
				allocations, undone, (allocated - started) / 1_000_000, (System.nanoTime() - allocated) / 1_000_000);
	}

	private Allocation allocate(Deposit deposit, Share line, MarketplaceUser accounts) {
		return this.deposits.allocate(deposit.id(), line.centreId(), line.month(), line.amount(), accounts).block();
	}

	/** What the test allocates of a centre's month. */
	private record Share(String centreId, YearMonth month, Money amount) {

	}

	/** A centre's month as the generator added it up from the amounts it drew. */
	private static long due(GeneratedLedgerYear generated, String centre, YearMonth month) {
		GeneratedLedgerYear.Tally tally = generated.byCentreMonth.getOrDefault(centre, Map.of()).get(month.toString());
		return (tally != null) ? tally.total() : 0;
	}

}
