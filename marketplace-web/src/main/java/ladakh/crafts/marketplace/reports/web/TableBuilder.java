package ladakh.crafts.marketplace.reports.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ladakh.crafts.marketplace.reports.Keyed;
import ladakh.crafts.marketplace.shared.charts.Chart;
import ladakh.crafts.marketplace.shared.charts.ChartPoint;
import ladakh.crafts.marketplace.shared.charts.FinancialYearMonths;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.treasury.FinancialYear;

import org.springframework.context.MessageSource;

/**
 * Builds a {@link TableView} with its words from the messages: the title
 * {@code reports.<kind>.title}, column headings {@code reports.<kind>.col.<slug>},
 * breakdown headings {@code reports.<kind>.by.<slug>} and row headings
 * {@code reports.breakdown.<slug>}. A breakdown by month is drawn as twelve columns,
 * April to March; any other as bars.
 */
final class TableBuilder {

	private final String kind;

	private final FinancialYear year;

	private final MessageSource messages;

	private final Locale locale;

	private final List<TableView.Column> columns = new ArrayList<>();

	private final List<TableView.Fact> facts = new ArrayList<>();

	private final List<TableView.Section> sections = new ArrayList<>();

	TableBuilder(String kind, FinancialYear year, MessageSource messages, Locale locale) {
		this.kind = kind;
		this.year = year;
		this.messages = messages;
		this.locale = locale;
	}

	TableBuilder column(String slug, ValueFormat format) {
		this.columns.add(new TableView.Column(slug, text("reports." + this.kind + ".col." + slug), format));
		return this;
	}

	TableBuilder fact(String slug, long value, ValueFormat format) {
		this.facts.add(new TableView.Fact(this.kind + "-" + slug, text("reports." + this.kind + ".col." + slug), value,
				format));
		return this;
	}

	/** A breakdown whose rows are months ({@code "2026-04"}) in this year. */
	TableBuilder months(String slug, List<TableView.Row> rows, List<Long> totals) {
		Map<YearMonth, Long> months = new LinkedHashMap<>();
		rows.forEach((row) -> months.put(YearMonth.parse(row.key()), row.values().get(0)));
		Chart chart = chart(slug, FinancialYearMonths.points(this.year.startYear(), months, this.locale));
		return section(slug, rows, totals, RenderedChart.columns(chart));
	}

	/** A breakdown drawn as bars, a row each. */
	TableBuilder bars(String slug, List<TableView.Row> rows, List<Long> totals) {
		List<ChartPoint> points = rows.stream().map((row) -> new ChartPoint(row.label(), row.values().get(0))).toList();
		return section(slug, rows, totals, RenderedChart.bars(chart(slug, points)));
	}

	/**
	 * A breakdown's rows in words: {@code label} names a key, and a null key (the records
	 * did not say) reads as {@code nullLabel}'s message.
	 */
	<T> List<TableView.Row> rows(List<Keyed<T>> keyed, Function<String, String> label, String nullLabel,
			Function<T, List<Long>> values) {
		return keyed.stream()
			.map((row) -> new TableView.Row((row.key() != null) ? row.key() : "",
					(row.key() != null) ? label.apply(row.key()) : text(nullLabel), values.apply(row.totals())))
			.toList();
	}

	TableView build() {
		return new TableView(this.kind, this.year.label(), text("reports." + this.kind + ".title", this.year.label()),
				this.columns, this.facts, this.sections);
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, this.locale);
	}

	Locale locale() {
		return this.locale;
	}

	private Chart chart(String slug, List<ChartPoint> points) {
		TableView.Column first = this.columns.get(0);
		return new Chart(this.kind + "-" + slug + "-chart", heading(slug), text("reports.breakdown." + slug),
				first.heading(), first.format(), points);
	}

	private TableBuilder section(String slug, List<TableView.Row> rows, List<Long> totals, RenderedChart chart) {
		this.sections.add(new TableView.Section(this.kind + "-" + slug, slug, heading(slug),
				text("reports.breakdown." + slug), rows, List.copyOf(totals), chart));
		return this;
	}

	private String heading(String slug) {
		return text("reports." + this.kind + ".by." + slug);
	}

}
