package ladakh.crafts.marketplace.reports.web;

import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;

/**
 * A report as CSV: one line per row of every breakdown, then a {@code TOTAL} line per
 * breakdown, amounts in rupees ({@code 1234.50}) and counts as whole numbers, so a
 * spreadsheet (or a test) can check that each breakdown adds up.
 */
final class TableCsv {

	private TableCsv() {
	}

	static String of(TableView view) {
		List<String> header = new ArrayList<>(List.of("fy", "breakdown", "key", "label"));
		view.columns().forEach((column) -> header.add(column.slug()));
		StringBuilder csv = new StringBuilder();
		CsvExport.line(csv, header.toArray(String[]::new));
		for (TableView.Section section : view.sections()) {
			for (TableView.Row row : section.rows()) {
				line(csv, view, section, row.key(), row.label(), row.values());
			}
			line(csv, view, section, "TOTAL", "", section.totals());
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, TableView view, TableView.Section section, String key, String label,
			List<Long> values) {
		List<String> cells = new ArrayList<>(List.of(view.fy(), section.slug(), key, label));
		for (int i = 0; i < values.size(); i++) {
			long value = values.get(i);
			cells.add((view.columns().get(i).format() == ValueFormat.PAISE) ? CsvExport.amount(Money.paise(value))
					: Long.toString(value));
		}
		CsvExport.line(csv, cells.toArray(String[]::new));
	}

}
