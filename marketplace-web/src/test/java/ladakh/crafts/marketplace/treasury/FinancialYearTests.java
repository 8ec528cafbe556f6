package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.time.LocalDateTime;

import ladakh.crafts.marketplace.shared.IndiaTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Issue 16: the Indian financial year, 1 April to 31 March in India time. */
class FinancialYearTests {

	private static Instant ist(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(IndiaTime.ZONE).toInstant();
	}

	@Test
	void aSaleAt2359IstOn31MarchAndOneAt0001On1AprilFallInDifferentYears() {
		Instant lastMinute = ist(2027, 3, 31, 23, 59);
		Instant firstMinute = ist(2027, 4, 1, 0, 1);
		assertThat(FinancialYear.of(lastMinute).label()).isEqualTo("2026-27");
		assertThat(FinancialYear.of(firstMinute).label()).isEqualTo("2027-28");
		assertThat(FinancialYear.monthOf(lastMinute)).isEqualTo("2027-03");
		assertThat(FinancialYear.monthOf(firstMinute)).isEqualTo("2027-04");
	}

	@Test
	void theYearTurnsInIndiaTimeNotInUtc() {
		// 1 April 00:01 IST is still 31 March in UTC (18:31).
		Instant firstMinute = ist(2027, 4, 1, 0, 1);
		assertThat(firstMinute.toString()).startsWith("2027-03-31T18:31");
		assertThat(FinancialYear.of(firstMinute).label()).isEqualTo("2027-28");
		assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:29:59Z")).label()).isEqualTo("2026-27");
		assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:30:00Z")).label()).isEqualTo("2027-28");
	}

	@Test
	void itsBoundsAreTheFirstOfAprilAtMidnightIst() {
		FinancialYear year = FinancialYear.parse("2026-27");
		assertThat(year.start()).isEqualTo(Instant.parse("2026-03-31T18:30:00Z"));
		assertThat(year.end()).isEqualTo(Instant.parse("2027-03-31T18:30:00Z"));
		assertThat(FinancialYear.of(year.start())).isEqualTo(year);
		assertThat(FinancialYear.of(year.end().minusNanos(1))).isEqualTo(year);
		assertThat(FinancialYear.of(year.end())).isEqualTo(year.next());
		assertThat(year.months()).hasSize(12).startsWith("2026-04").endsWith("2027-03");
		assertThat(FinancialYear.ofMonth("2027-03")).isEqualTo(year);
		assertThat(FinancialYear.ofMonth("2026-04")).isEqualTo(year);
		assertThat(FinancialYear.ofMonth("2026-03").label()).isEqualTo("2025-26");
	}

	@Test
	void itIsWrittenWithTwoDigitsForItsEndAcrossACentury() {
		assertThat(new FinancialYear(2099).label()).isEqualTo("2099-00");
		assertThat(FinancialYear.parse("2099-00").startYear()).isEqualTo(2099);
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2026-28"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2026"));
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(null));
	}

}
