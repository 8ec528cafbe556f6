package ladakh.crafts.marketplace.reports.web;

import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import ladakh.crafts.marketplace.training.OutOfOrderMachines;

/**
 * The operations report as CSV, one header for every part (a cell a part does not use is
 * empty): a line per centre and month of attendance, per queue, per machine out of order;
 * each part closes with a {@code TOTAL} line, so a spreadsheet (or a test) can check the
 * parts add up.
 */
final class OperationsCsv {

	static final String HEADER = "part,key,label,month,present,absent,leave,rate_percent,waiting_0_7_days,"
			+ "waiting_8_30_days,waiting_over_30_days,waiting,oldest_days,centre,since,days_out,count,quantity,"
			+ "reorder_level,holder_id";

	private static final int COLUMNS = HEADER.split(",").length;

	private OperationsCsv() {
	}

	static String of(OperationsView view) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		long present = 0;
		long absent = 0;
		long leave = 0;
		for (OperationsView.AttendanceRow row : view.attendance()) {
			CentreMonth figures = row.figures();
			line(csv, "attendance", figures.centreId(), row.centre(), figures.month().toString(), n(figures.present()),
					n(figures.absent()), n(figures.leave()), row.rate(), "", "", "", "", "", "", "", "", "", "", "",
					"");
			present += figures.present();
			absent += figures.absent();
			leave += figures.leave();
		}
		line(csv, "attendance", "TOTAL", "", "", n(present), n(absent), n(leave), "", "", "", "", "", "", "", "", "",
				"");
		for (OperationsView.QueueRow row : view.queues()) {
			WaitingAges ages = row.queue().ages();
			line(csv, "waiting", row.queue().kind().slug(), row.label(), "", "", "", "", "", n(ages.upToAWeek()),
					n(ages.upToAMonth()), n(ages.longer()), n(ages.total()), n(row.oldestDays()), "", "", "", "");
		}
		WaitingAges all = view.report().waiting();
		line(csv, "waiting", "TOTAL", "", "", "", "", "", "", n(all.upToAWeek()), n(all.upToAMonth()), n(all.longer()),
				n(all.total()), "", "", "", "", "", "", "", "");
		for (OutOfOrderMachines.Machine machine : view.machines()) {
			line(csv, "machines", machine.machineId(), machine.name(), "", "", "", "", "", "", "", "", "", "",
					machine.cfcName(), machine.since().toString(), n(machine.days()), "1");
		}
		line(csv, "machines", "TOTAL", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				n(view.report().machines().count()), "", "", "");
		for (OperationsView.StockRow row : view.stock()) {
			line(csv, "stock", row.balance().itemId(), row.item(), "", "", "", "", "", "", "", "", "", "", row.holder(),
					"", "", "1", n(row.balance().quantity()), n(row.balance().reorderLevel()),
					row.balance().holderId());
		}
		line(csv, "stock", "TOTAL", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				n(view.report().stock().count()), "", "", "");
		return csv.toString();
	}

	/** A line, its cells after the last given left empty. */
	private static void line(StringBuilder csv, String... cells) {
		String[] all = java.util.Arrays.copyOf(cells, COLUMNS);
		java.util.Arrays.fill(all, cells.length, COLUMNS, "");
		CsvExport.line(csv, all);
	}

	private static String n(long value) {
		return Long.toString(value);
	}

}
