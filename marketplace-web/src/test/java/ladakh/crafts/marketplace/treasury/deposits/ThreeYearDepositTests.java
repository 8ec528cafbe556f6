package ladakh.crafts.marketplace.treasury.deposits;

import java.math.BigDecimal;
import java.util.List;

import ladakh.crafts.marketplace.reports.scale.DepartmentLedger;
import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's report of treasury deposits and outstanding at the department's size: each
 * of the generated department's three years (500,000 ledger lines,
 * {@link DepartmentLedger}) has its deposits recorded quarter by quarter and allocated to
 * the centres' months, and the reconciliation reports, exactly, due − deposited =
 * outstanding per centre and month, per centre and year and for the year
 * ({@link QuarterlyDeposits}); the year's CSV reads back to the same figures, its
 * centres' lines adding up to its TOTAL line.
 */
@MockServerTest
class ThreeYearDepositTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	TreasuryDeposits deposits;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	WebTestClient http;

	@Test
	void everyYearsDueLessDepositedIsOutstandingPerCentreMonthAndYearAndItsCsvReadsBack() {
		List<GeneratedLedgerYear> years = DepartmentLedger.written(this.mongo, this.ledger);
		QuarterlyDeposits quarterly = new QuarterlyDeposits(this.ledger, this.deposits, this.reconciliation);
		for (GeneratedLedgerYear year : years) {
			csvReadsBack(quarterly.reconcile(year, years));
		}
	}

	private void csvReadsBack(QuarterlyDeposits.Reconciled year) {
		String csv = this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.get()
			.uri("/staff/treasury/reconciliation/" + year.fy() + "/export.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String[] lines = csv.split("\r\n");
		assertThat(CsvText.split(lines[0])).startsWith("fy", "centre_id", "centre", "due", "deposited", "outstanding");
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		List<String> total = null;
		for (int i = 1; i < lines.length; i++) {
			List<String> row = CsvText.split(lines[i]);
			assertThat(row.get(0)).isEqualTo(year.fy().toString());
			if ("TOTAL".equals(row.get(1))) {
				total = row;
				continue;
			}
			for (int column = 0; column < 3; column++) {
				sums[column] = sums[column].add(new BigDecimal(row.get(3 + column)));
			}
		}
		long[] expected = { year.due(), year.deposited(), year.due() - year.deposited() };
		assertThat(total).as("TOTAL line").isNotNull();
		for (int column = 0; column < 3; column++) {
			BigDecimal rupees = BigDecimal.valueOf(expected[column]).movePointLeft(2);
			assertThat(new BigDecimal(total.get(3 + column))).as(year.fy() + " TOTAL").isEqualByComparingTo(rupees);
			assertThat(sums[column]).as(year.fy() + " rows").isEqualByComparingTo(rupees);
		}
	}

}
