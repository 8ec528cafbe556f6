package ladakh.crafts.marketplace.treasury.deposits;

import java.util.List;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, done when: over the generated year (at least 100,000 ledger lines, shared
 * with {@code GeneratedLedgerYearTests}), deposits recorded quarter by quarter and
 * allocated to the centres' months leave the reconciliation reporting, exactly, due −
 * deposited = outstanding per centre and month, per centre and year and for the year
 * ({@link QuarterlyDeposits}).
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
		new QuarterlyDeposits(this.ledger, this.deposits, this.reconciliation).reconcile(generated, List.of(generated));
	}

}
