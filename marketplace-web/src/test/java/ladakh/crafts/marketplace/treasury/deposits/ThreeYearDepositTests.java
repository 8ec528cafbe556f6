package ladakh.crafts.marketplace.treasury.deposits;

import java.util.List;

import ladakh.crafts.marketplace.reports.scale.DepartmentLedger;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Issue 18's report of treasury deposits and outstanding at the department's size: each
 * of the generated department's three years (500,000 ledger lines,
 * {@link DepartmentLedger}) has its deposits recorded quarter by quarter and allocated to
 * the centres' months, and the reconciliation reports, exactly, due − deposited =
 * outstanding per centre and month, per centre and year and for the year
 * ({@link QuarterlyDeposits}).
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

	@Test
	void everyYearsDueLessDepositedIsOutstandingPerCentreMonthAndYear() {
		List<GeneratedLedgerYear> years = DepartmentLedger.written(this.mongo, this.ledger);
		QuarterlyDeposits quarterly = new QuarterlyDeposits(this.ledger, this.deposits, this.reconciliation);
		for (GeneratedLedgerYear year : years) {
			quarterly.reconcile(year, years);
		}
	}

}
