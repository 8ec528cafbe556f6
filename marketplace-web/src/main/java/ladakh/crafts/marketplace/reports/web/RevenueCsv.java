package ladakh.crafts.marketplace.reports.web;

import ladakh.crafts.marketplace.shared.CsvExport;

/**
 * A revenue report as CSV: one line per row of every breakdown, then a {@code TOTAL} line
 * per breakdown, so a spreadsheet (or a test) can check that each breakdown adds up to
 * the year.
 */
final class RevenueCsv {

	static final String HEADER = "fy,breakdown,key,label,total,commission,owed,lines";

	private RevenueCsv() {
	}

	static String of(RevenueView view) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (RevenueView.Section section : view.sections()) {
			for (RevenueView.Row row : section.rows()) {
				CsvExport.line(csv, view.fy(), section.breakdown().slug(), row.key(), row.label(),
						CsvExport.amount(row.totals().total()), CsvExport.amount(row.totals().commission()),
						CsvExport.amount(row.totals().owed()), Long.toString(row.totals().lines()));
			}
			CsvExport.line(csv, view.fy(), section.breakdown().slug(), "TOTAL", "",
					CsvExport.amount(view.total().total()), CsvExport.amount(view.total().commission()),
					CsvExport.amount(view.total().owed()), Long.toString(view.total().lines()));
		}
		return csv.toString();
	}

}
