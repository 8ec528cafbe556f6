package ladakh.crafts.marketplace.training;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Attendance rate per centre and month, for the operations report (issue 18). Counted
 * from the instructors' hand marks in the database: each person-day once, by its latest
 * mark (rules 1 and 2 of {@link AttendanceMerge}). Biometric punches are not merged in:
 * {@link AttendanceMerge} joins punches and marks person by person in memory, which a
 * year of every centre would not fit; so a day only a device saw is not counted here, and
 * a punched day marked ABSENT by hand counts as absent (the stipend takes it as present).
 * <p>
 * The rate is present / (present + absent): a day of LEAVE is granted, so it counts
 * neither for nor against the centre; it is reported beside the rate.
 */
@Service
public class AttendanceRates {

	private final AttendanceMarkRepository marks;

	private final BatchRepository batches;

	AttendanceRates(AttendanceMarkRepository marks, BatchRepository batches) {
		this.marks = marks;
		this.batches = batches;
	}

	/**
	 * Every centre's months from {@code first} to {@code last}, by centre then month;
	 * only months with a mark are listed.
	 */
	public Mono<List<CentreMonth>> perCentre(YearMonth first, YearMonth last) {
		return this.marks.monthsByBatch(first.atDay(1), last.atEndOfMonth())
			.collectList()
			.flatMap((rows) -> rows.isEmpty() ? Mono.just(List.<CentreMonth>of())
					: this.batches.centresOf(rows.stream().map(AttendanceMarkRepository.BatchMonth::batchId).toList())
						.map((centres) -> fold(rows, centres)));
	}

	private static List<CentreMonth> fold(List<AttendanceMarkRepository.BatchMonth> rows, Map<String, String> centres) {
		Map<String, CentreMonth> sums = new TreeMap<>();
		for (AttendanceMarkRepository.BatchMonth row : rows) {
			String centre = centres.getOrDefault(row.batchId(), "");
			CentreMonth month = new CentreMonth(centre, row.month(), row.present(), row.absent(), row.leave());
			sums.merge(centre + "|" + row.month(), month, CentreMonth::plus);
		}
		List<CentreMonth> months = new ArrayList<>(sums.values());
		months.sort(Comparator.comparing(CentreMonth::centreId).thenComparing(CentreMonth::month));
		return months;
	}

	/**
	 * A centre's person-days of a month.
	 *
	 * @param centreId the centre ({@code ""} for marks of a batch no longer stored)
	 * @param month the month
	 * @param present days marked present
	 * @param absent days marked absent
	 * @param leave days on leave
	 */
	public record CentreMonth(String centreId, YearMonth month, long present, long absent, long leave) {

		/**
		 * Present in tenths of a percent of the days present or absent, rounded; 0 when
		 * none.
		 */
		public long perMille() {
			long counted = this.present + this.absent;
			return (counted == 0) ? 0 : (this.present * 2000 + counted) / (2 * counted);
		}

		/**
		 * Present in whole percent of the days present or absent, rounded; 0 when none.
		 */
		public long percent() {
			long counted = this.present + this.absent;
			return (counted == 0) ? 0 : (this.present * 200 + counted) / (2 * counted);
		}

		CentreMonth plus(CentreMonth other) {
			return new CentreMonth(this.centreId, this.month, this.present + other.present, this.absent + other.absent,
					this.leave + other.leave);
		}

	}

}
