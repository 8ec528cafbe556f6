package ladakh.crafts.marketplace.reports.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The generated department's three years of sales (issue 18's data): 167,000 ledger lines
 * a year from one set of sellers, 100,000 orders paid online among the three years'
 * 500,000, written into the years of {@link GeneratedTraining}'s department, once per
 * test JVM and database, and shared by the tests that check the reports and the
 * treasury's reconciliation over them.
 */
public final class DepartmentLedger {

	/** Lines a year: three make the 500,000 the issue asks for. */
	public static final int LINES_A_YEAR = 167_000;

	private static List<GeneratedLedgerYear> years;

	private static RevenueLedger writtenThrough;

	private DepartmentLedger() {
	}

	/** The three years, each year's generator reckoning its own lines. */
	public static synchronized List<GeneratedLedgerYear> written(ReactiveMongoTemplate mongo, RevenueLedger ledger) {
		if (years == null || writtenThrough != ledger) {
			years = write(ledger, GeneratedTraining.written(mongo, ledger).firstYear.startYear());
			writtenThrough = ledger;
		}
		return years;
	}

	/**
	 * Three consecutive years with one set of sellers: each year's 31 March 23:59 / 1
	 * April 00:01 IST pair puts one sale into the next year, so a year's expected totals
	 * are summed over all three generators.
	 */
	private static List<GeneratedLedgerYear> write(RevenueLedger ledger, int first) {
		String run = "ty" + UUID.randomUUID().toString().substring(0, 8);
		List<GeneratedLedgerYear> written = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			written.add(new GeneratedLedgerYear(run, "y" + i, new FinancialYear(first + i), 18L, 2_500, (batch) -> {
				Integer wrote = ledger.recordAll(batch).block();
				if (wrote == null || wrote != batch.size()) {
					throw new IllegalStateException("wrote " + wrote + " of " + batch.size() + " lines");
				}
			}).generate(LINES_A_YEAR));
		}
		System.out.printf("Three generated years from %d: %,d lines written in %d ms%n", first,
				written.stream().mapToLong(GeneratedLedgerYear::written).sum(),
				(System.nanoTime() - started) / 1_000_000);
		return List.copyOf(written);
	}

}
