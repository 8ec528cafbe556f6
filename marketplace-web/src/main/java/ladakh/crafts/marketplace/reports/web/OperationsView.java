package ladakh.crafts.marketplace.reports.web;

import java.util.List;

import ladakh.crafts.marketplace.reports.OperationsReport;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import ladakh.crafts.marketplace.training.LowStock;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;

/**
 * The operations report in the reader's language: attendance rows with centre and month
 * in words, the queues by age, the machines out of order, and the charts (whose tables
 * carry the same figures).
 *
 * @param month the last month, {@code 2026-11}
 * @param monthLabel it in words
 * @param firstLabel the first month in words
 * @param attendance every centre's months
 * @param attendanceChart the last month's rate by centre
 * @param queues the queues
 * @param waitingChart every queue added up, by age
 * @param machines the machines out of order
 * @param stock the balances below their reorder level
 * @param report the figures as counted
 */
record OperationsView(String month, String monthLabel, String firstLabel, List<AttendanceRow> attendance,
		RenderedChart attendanceChart, List<QueueRow> queues, RenderedChart waitingChart,
		List<OutOfOrderMachines.Machine> machines, List<StockRow> stock, OperationsReport report) {

	/**
	 * @param holder the store or the centre in words
	 * @param item the item in words
	 * @param unit its unit in words
	 * @param balance the figures
	 */
	record StockRow(String holder, String item, String unit, LowStock.Balance balance) {

	}

	/**
	 * @param centre the centre in words
	 * @param monthLabel the month in words
	 * @param figures the month's person-days
	 */
	record AttendanceRow(String centre, String monthLabel, CentreMonth figures) {

		/** The rate with one decimal, {@code 87.5}; empty when no day counts. */
		public String rate() {
			long counted = this.figures.present() + this.figures.absent();
			return (counted == 0) ? "" : (this.figures.perMille() / 10) + "." + (this.figures.perMille() % 10);
		}

	}

	/**
	 * @param label the queue in words
	 * @param queue its figures
	 * @param oldestDays whole days the oldest has waited
	 */
	record QueueRow(String label, OperationsReport.Queue queue, long oldestDays) {

	}

}
