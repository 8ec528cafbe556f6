package ladakh.crafts.marketplace.reports.web;

import java.util.List;

import ladakh.crafts.marketplace.reports.Breakdown;
import ladakh.crafts.marketplace.reports.RevenueReport;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;

/**
 * A revenue report in the reader's language: each breakdown's rows with their labels, and
 * its chart (whose table carries the same figures).
 *
 * @param fy e.g. {@code "2026-27"}
 * @param total the year's totals
 * @param sections one per breakdown, months first
 */
record RevenueView(String fy, RevenueReport.Totals total, List<Section> sections) {

	/**
	 * @param breakdown which breakdown
	 * @param heading its heading
	 * @param labelHeading what its rows are (channel, craft...)
	 * @param rows its rows, in the report's order
	 * @param chart its chart
	 */
	record Section(Breakdown breakdown, String heading, String labelHeading, List<Row> rows, RenderedChart chart) {

		public String id() {
			return "revenue-" + this.breakdown.slug();
		}

	}

	/**
	 * @param key the row's key as stored ({@code ""} when not recorded)
	 * @param label the key in words
	 * @param totals its totals
	 */
	record Row(String key, String label, RevenueReport.Totals totals) {

	}

}
