package ladakh.crafts.marketplace.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import ladakh.crafts.marketplace.training.LowStock;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;

/**
 * The operations report (issue 18), as the owning areas counted it.
 *
 * @param first the first month of attendance
 * @param last the last month of attendance (its chart's month)
 * @param at when the queues were counted
 * @param attendance person-days per centre and month, by centre then month
 * @param queues work waiting for a decision, each by age
 * @param machines machines out of order today
 * @param stock balances below their reorder level now
 */
public record OperationsReport(YearMonth first, YearMonth last, Instant at, List<CentreMonth> attendance,
		List<Queue> queues, OutOfOrderMachines.Today machines, LowStock.Below stock) {

	public OperationsReport {
		attendance = List.copyOf(attendance);
		queues = List.copyOf(queues);
	}

	/** Every centre's person-days of the last month. */
	public List<CentreMonth> lastMonth() {
		return this.attendance.stream().filter((row) -> row.month().equals(this.last)).toList();
	}

	/** The queues' bands added up. */
	public WaitingAges waiting() {
		long week = 0;
		long month = 0;
		long longer = 0;
		for (Queue queue : this.queues) {
			week += queue.ages().upToAWeek();
			month += queue.ages().upToAMonth();
			longer += queue.ages().longer();
		}
		return new WaitingAges(week, month, longer);
	}

	/** The kinds of work that wait for the department. */
	public enum QueueKind {

		AWAITING_TEST, TESTS_TO_RECORD, AWAITING_APPROVAL, LISTINGS_TO_REVIEW;

		/** The lower-case name used in CSV and message keys. */
		public String slug() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * One queue.
	 *
	 * @param kind which
	 * @param backlog how many and since when the oldest
	 * @param ages how many by how long they have waited
	 */
	public record Queue(QueueKind kind, Backlog backlog, WaitingAges ages) {

	}

}
