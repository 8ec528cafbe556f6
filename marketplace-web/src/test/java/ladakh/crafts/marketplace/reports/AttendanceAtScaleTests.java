package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedAttendance;
import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations report's attendance over the generated department (issue 18 at scale): a
 * month in each of its three years, every trainee of every batch running then, marked by
 * hand on the days the batches meet, some days corrected. For each month, the twelve
 * months ending with it hold exactly the department's centres in that month (no other
 * test marks attendance in its far-future years), each centre's days present, absent and
 * on leave and its rate equal the test's own reckoning from the generated marks (the
 * latest mark of each person-day), and the CSV's attendance lines read back the same and
 * add up to its TOTAL line.
 */
@MockServerTest
class AttendanceAtScaleTests extends AtScaleReportTests {

	private static GeneratedTraining department;

	private static GeneratedAttendance generated;

	@BeforeEach
	void theDepartmentsMarks() {
		if (generated == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			generated = new GeneratedAttendance(department).write(this.mongo);
		}
	}

	@Test
	void theGeneratedMarksAreOfIssue18sSize() {
		assertThat(generated.size()).isGreaterThan(50_000);
		for (YearMonth month : generated.months()) {
			assertThat(generated.expected.get(month)).as(month.toString()).hasSize(GeneratedTraining.CENTRES);
		}
	}

	@Test
	void eachMonthsCentresAndRatesEqualTheMarksReckonedOneByOne() {
		for (YearMonth month : generated.months()) {
			OperationsReport report = this.operations.report(month).block();
			Map<String, List<Long>> reported = new HashMap<>();
			for (CentreMonth row : report.attendance()) {
				reported.put(row.centreId() + " " + row.month(),
						List.of(row.present(), row.absent(), row.leave(), row.perMille(), row.percent()));
			}
			Map<String, List<Long>> expected = new HashMap<>();
			generated.expected.get(month).forEach((centre, days) -> {
				long counted = days[0] + days[1];
				expected.put(centre + " " + month, List.of(days[0], days[1], days[2], rate(days, 1000, 0).longValue(),
						rate(days, 100, 0).longValue()));
				assertThat(counted).as(centre).isPositive();
			});
			assertThat(reported).as(month.toString()).isEqualTo(expected);
			assertThat(report.attendance().stream().mapToLong(CentreMonth::present).sum()).as(month.toString())
				.isEqualTo(generated.expectedTotal(ladakh.crafts.marketplace.treasury.FinancialYear.of(month.atDay(1))))
				.isPositive();
		}
	}

	@Test
	void eachMonthsCsvReadsBackTheSameLinesAndAddsUpToItsTotal() {
		for (YearMonth month : generated.months()) {
			String csv = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
				.get()
				.uri("/staff/reports/operations/export.csv?month=" + month)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			Map<String, List<String>> lines = new HashMap<>();
			long[] sums = new long[3];
			List<String> total = null;
			for (String line : csv.split("\r\n")) {
				List<String> cells = CsvText.split(line);
				if (!"attendance".equals(cells.get(0))) {
					continue;
				}
				if ("TOTAL".equals(cells.get(1))) {
					total = cells.subList(4, 7);
					continue;
				}
				lines.put(cells.get(1) + " " + cells.get(3), new ArrayList<>(cells.subList(4, 8)));
				for (int i = 0; i < 3; i++) {
					sums[i] += Long.parseLong(cells.get(4 + i));
				}
			}
			Map<String, List<String>> expected = new HashMap<>();
			long[] days = new long[3];
			generated.expected.get(month).forEach((centre, counts) -> {
				expected.put(centre + " " + month, List.of(Long.toString(counts[0]), Long.toString(counts[1]),
						Long.toString(counts[2]), rate(counts, 100, 1).toPlainString()));
				for (int i = 0; i < 3; i++) {
					days[i] += counts[i];
				}
			});
			assertThat(lines).as(month.toString()).isEqualTo(expected);
			assertThat(total).as(month.toString())
				.containsExactly(Long.toString(sums[0]), Long.toString(sums[1]), Long.toString(sums[2]))
				.containsExactly(Long.toString(days[0]), Long.toString(days[1]), Long.toString(days[2]));
		}
	}

	/** Days present of those present or absent, per {@code of}, rounded half up. */
	private static BigDecimal rate(long[] days, int of, int scale) {
		return BigDecimal.valueOf(days[0] * of)
			.divide(BigDecimal.valueOf(days[0] + days[1]), scale, RoundingMode.HALF_UP);
	}

}
