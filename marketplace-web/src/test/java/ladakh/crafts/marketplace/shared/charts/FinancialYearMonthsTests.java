package ladakh.crafts.marketplace.shared.charts;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialYearMonthsTests {

	@Test
	void aFinancialYearRunsFromAprilToMarchWithZeroForAMonthWithoutFigures() {
		var points = FinancialYearMonths.points(2025,
				Map.of(YearMonth.of(2025, 4), 100L, YearMonth.of(2026, 3), 300L, YearMonth.of(2025, 12), -20L),
				Locale.ENGLISH);

		assertThat(points).extracting(ChartPoint::label)
			.containsExactly("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar");
		assertThat(points).extracting(ChartPoint::value)
			.containsExactly(100L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, -20L, 0L, 0L, 300L);
	}

	@Test
	void hindiReadersGetTheMonthsInHindi() {
		var points = FinancialYearMonths.points(2025, Map.of(), Locale.forLanguageTag("hi"));

		assertThat(points.get(0).label()).isEqualTo("अप्रैल");
		assertThat(points.get(11).label()).isEqualTo("मार्च");
	}

	@ParameterizedTest(name = "{0} lies outside 2025-26")
	@ValueSource(strings = { "2025-03", "2026-04", "2024-12" })
	void aMonthOutsideTheFinancialYearIsRefused(String month) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FinancialYearMonths.points(2025, Map.of(YearMonth.parse(month), 1L), Locale.ENGLISH))
			.withMessageContaining("2025-26");
	}

}
