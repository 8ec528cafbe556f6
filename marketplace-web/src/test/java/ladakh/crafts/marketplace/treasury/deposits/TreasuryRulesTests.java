package ladakh.crafts.marketplace.treasury.deposits;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deposits' pure rules: financial years in India time, the scan told by its bytes,
 * figures and their age, an allocation within the deposit.
 */
class TreasuryRulesTests {

	@Test
	void financialYearsTurnAtMidnightOfTheFirstOfAprilIndiaTime() {
		assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:29:00Z")).toString()).isEqualTo("2026-27");
		assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:31:00Z")).toString()).isEqualTo("2027-28");
		assertThat(FinancialYear.parse("2026-27").months()).first().isEqualTo(YearMonth.of(2026, 4));
		assertThat(FinancialYear.parse("2026-27").months()).last().isEqualTo(YearMonth.of(2027, 3));
		assertThatThrownBy(() -> FinancialYear.parse("2026-28")).isInstanceOf(Refusal.class);
	}

	@Test
	void aScanIsToldByItsBytesNotItsName() {
		assertThat(ChallanScan.check("%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII)).contentType())
			.isEqualTo("application/pdf");
		assertThat(ChallanScan.check(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }).contentType())
			.isEqualTo("image/jpeg");
		assertThat(ChallanScan.check(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0 }).contentType())
			.isEqualTo("image/png");
		assertThatThrownBy(() -> ChallanScan.check("GIF89a".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.field()).isEqualTo("scan"));
		assertThatThrownBy(() -> ChallanScan.check(new byte[ChallanScan.MAX_BYTES + 1])).isInstanceOfSatisfying(
				Refusal.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("treasury.scan.tooLarge"));
	}

	@Test
	void outstandingAgesFromTheEndOfTheOldestMonthStillOwing() {
		Map<YearMonth, Money> due = Map.of(YearMonth.of(2026, 9), Money.rupees(100), YearMonth.of(2026, 10),
				Money.rupees(50));
		Map<YearMonth, Money> paid = Map.of(YearMonth.of(2026, 9), Money.rupees(100));
		Figures figures = Figures.of(due, paid, LocalDate.of(2026, 12, 7));
		assertThat(figures.outstanding()).isEqualTo(Money.rupees(50));
		assertThat(figures.oldestUnpaid()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(figures.ageDays()).isEqualTo(37);
		assertThat(Figures
			.of(due, Map.of(YearMonth.of(2026, 9), Money.rupees(100), YearMonth.of(2026, 10), Money.rupees(50)),
					LocalDate.of(2026, 12, 7))
			.ageDays()).isZero();
	}

	@Test
	void anAllocationStaysWithinWhatIsLeftOfTheDeposit() {
		Deposit deposit = new Deposit("dep-X", "X", LocalDate.of(2026, 11, 2), "Leh", "0851", Money.rupees(1000),
				"Clerk", "scan", "application/pdf", Money.rupees(600), Instant.now(), "usr");
		deposit.checkAllocation(Money.rupees(400));
		assertThatThrownBy(() -> deposit.checkAllocation(Money.rupees(401))).isInstanceOfSatisfying(Refusal.class,
				(ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThatThrownBy(() -> deposit.checkAllocation(Money.ZERO)).isInstanceOf(Refusal.class);
		assertThat(Deposit.keyOf("GRN 18/00-12")).isEqualTo(Deposit.keyOf("grn180012"));
	}

}
