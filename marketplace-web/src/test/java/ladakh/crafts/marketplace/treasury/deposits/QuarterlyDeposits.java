package ladakh.crafts.marketplace.treasury.deposits;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.TestImages;
import ladakh.crafts.marketplace.treasury.FySummary;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A financial year of generated sales reconciled with the treasury, as accounts staff do
 * it: one deposit a quarter recorded and allocated to the training centres' months
 * through the real {@link TreasuryDeposits} (all of a month, part of it or nothing; some
 * allocations undone by their reversing line and made again); then the reconciliation
 * must report, exactly, per centre and month, per centre and year and for the year: due −
 * deposited = outstanding, with due the generators' own totals of the centres' sales and
 * deposited what was allocated. Every deposit ends wholly allocated, so the accounts home
 * of other tests lists none of them.
 */
final class QuarterlyDeposits {

	private final RevenueLedger ledger;

	private final TreasuryDeposits deposits;

	private final Reconciliation reconciliation;

	QuarterlyDeposits(RevenueLedger ledger, TreasuryDeposits deposits, Reconciliation reconciliation) {
		this.ledger = ledger;
		this.deposits = deposits;
		this.reconciliation = reconciliation;
	}

	/**
	 * Deposits and reconciles {@code year}, whose lines the {@code generators} wrote (the
	 * generator of the year and those of its neighbours, whose boundary pairs put a sale
	 * or two into it).
	 */
	Reconciled reconcile(GeneratedLedgerYear year, List<GeneratedLedgerYear> generators) {
		FinancialYear fy = new FinancialYear(year.year.startYear());
		MarketplaceUser accounts = SignedIn.accounts();
		Random random = new Random(70L + fy.startYear());
		long started = System.nanoTime();
		List<String> centres = year.sellers.stream()
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
					long due = due(generators, centre, month);
					int roll = random.nextInt(100);
					long share = (roll < 55) ? due : (roll < 85) ? due * (10 + random.nextInt(80)) / 100 : 0;
					if (due > 0 && share > 0) {
						planned.add(new Share(centre, month, Money.paise(share)));
					}
				}
			}
			long amount = planned.stream().mapToLong((line) -> line.amount().minor()).sum();
			YearMonth last = fy.months().get(quarter * 3 + 2);
			String grn = "GY" + year.prefix.toUpperCase() + " " + fy.startYear() + " Q" + quarter;
			Deposit deposit = this.deposits
				.record(new NewDeposit(grn, last.atEndOfMonth().plusDays(5), "Treasury Leh", "0211-00-800",
						Money.paise(amount), "Accounts, " + year.prefix), ChallanScan.check(TestImages.blankPng(4, 4)),
						accounts)
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
		Reconciled reconciled = check(fy, centres, generators, deposited);
		System.out.printf(
				"Generated year %s: %d allocations (%d undone and made again) in %d ms, reconciled in %d ms%n", fy,
				allocations, undone, (allocated - started) / 1_000_000, (System.nanoTime() - allocated) / 1_000_000);
		return reconciled;
	}

	/** A year's figures as the test reckoned them, in paise. */
	record Reconciled(FinancialYear fy, long due, long deposited) {

	}

	/** Per centre and month, per centre and year, for the year; and the ledger agrees. */
	private Reconciled check(FinancialYear fy, List<String> centres, List<GeneratedLedgerYear> generators,
			Map<String, Map<YearMonth, Long>> deposited) {
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
				long due = due(generators, centre, month.month());
				long paid = deposited.getOrDefault(centre, Map.of()).getOrDefault(month.month(), 0L);
				assertThat(month.due()).as("%s %s due", centre, month.month()).isEqualTo(Money.paise(due));
				assertThat(month.deposited()).as("%s %s deposited", centre, month.month()).isEqualTo(Money.paise(paid));
				assertThat(month.outstanding()).as("%s %s outstanding", centre, month.month())
					.isEqualTo(Money.paise(due - paid));
				centreDue += due;
				centreDeposited += paid;
			}
			assertThat(centreDue).isEqualTo(
					generators.stream().mapToLong((each) -> each.centreYear(centre, fy.toString()).total()).sum());
			for (Figures figures : List.of(row.figures(), report.total())) {
				assertThat(figures.due()).as("%s due", centre).isEqualTo(Money.paise(centreDue));
				assertThat(figures.deposited()).as("%s deposited", centre).isEqualTo(Money.paise(centreDeposited));
				assertThat(figures.outstanding()).as("%s outstanding", centre)
					.isEqualTo(Money.paise(centreDue - centreDeposited));
			}
			yearDue += centreDue;
			yearDeposited += centreDeposited;
		}
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
		return new Reconciled(fy, yearDue, yearDeposited);
	}

	private Allocation allocate(Deposit deposit, Share line, MarketplaceUser accounts) {
		return this.deposits.allocate(deposit.id(), line.centreId(), line.month(), line.amount(), accounts).block();
	}

	/** What the test allocates of a centre's month. */
	private record Share(String centreId, YearMonth month, Money amount) {

	}

	/** A centre's month as the generators added it up from the amounts they drew. */
	private static long due(List<GeneratedLedgerYear> generators, String centre, YearMonth month) {
		long due = 0;
		for (GeneratedLedgerYear generated : generators) {
			GeneratedLedgerYear.Tally tally = generated.byCentreMonth.getOrDefault(centre, Map.of())
				.get(month.toString());
			due += (tally != null) ? tally.total() : 0;
		}
		return due;
	}

}
