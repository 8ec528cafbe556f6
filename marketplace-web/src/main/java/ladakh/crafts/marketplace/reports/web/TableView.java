package ladakh.crafts.marketplace.reports.web;

import java.util.List;

import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;

/**
 * A financial-year report in the reader's language, as one page, one CSV and one PDF
 * print it: the year's figures, then each breakdown as a chart of its first column beside
 * a table of all its columns, with a total line.
 *
 * @param kind the report's name in addresses and element ids ({@code stipends})
 * @param fy e.g. {@code "2026-27"}
 * @param title the report's title
 * @param columns the figures every row carries
 * @param facts the year's figures, above the breakdowns
 * @param sections one per breakdown
 */
record TableView(String kind, String fy, String title, List<Column> columns, List<Fact> facts, List<Section> sections) {

	/**
	 * @param slug its name in the CSV header
	 * @param heading its heading
	 * @param format a count or an amount of paise
	 */
	record Column(String slug, String heading, ValueFormat format) {

	}

	/**
	 * One of the year's figures.
	 *
	 * @param id its element id
	 * @param label what it is
	 * @param value a count or paise
	 * @param format which
	 */
	record Fact(String id, String label, long value, ValueFormat format) {

		public String formatted() {
			return this.format.format(this.value);
		}

	}

	/**
	 * @param id its element id ({@code stipends-centre})
	 * @param slug the breakdown's name in the CSV
	 * @param heading its heading
	 * @param labelHeading what its rows are
	 * @param rows its rows, one value per column
	 * @param totals its total line, one value per column
	 * @param chart its first column drawn
	 */
	record Section(String id, String slug, String heading, String labelHeading, List<Row> rows, List<Long> totals,
			RenderedChart chart) {

	}

	/**
	 * @param key the row's key as stored ({@code ""} when not recorded)
	 * @param label the key in words
	 * @param values one per column
	 */
	record Row(String key, String label, List<Long> values) {

	}

	/** A value of a column as the page and the PDF write it. */
	public String formatted(int column, long value) {
		return this.columns.get(column).format().format(value);
	}

}
