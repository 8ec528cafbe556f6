package ladakh.crafts.marketplace.reports.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.reports.Breakdown;
import ladakh.crafts.marketplace.reports.RevenueReport;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.charts.Chart;
import ladakh.crafts.marketplace.shared.charts.ChartPoint;
import ladakh.crafts.marketplace.shared.charts.FinancialYearMonths;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a revenue report into words: crafts by their names, centres by theirs (one lookup
 * by id for the year's centres), channels, kinds, districts and months from the messages;
 * and draws each breakdown.
 */
@Component
class RevenueViews {

	private final CraftNames crafts;

	private final SellerNames sellers;

	private final Labels labels;

	private final MessageSource messages;

	RevenueViews(CraftNames crafts, SellerNames sellers, Labels labels, MessageSource messages) {
		this.crafts = crafts;
		this.sellers = sellers;
		this.labels = labels;
		this.messages = messages;
	}

	Mono<RevenueView> of(RevenueReport report, Locale locale) {
		List<String> centres = report.by(Breakdown.CENTRE)
			.stream()
			.map(RevenueReport.Row::key)
			.filter(Objects::nonNull)
			.toList();
		return Mono.zip(this.crafts.all(), this.sellers.of(centres))
			.map((names) -> view(report, names.getT1(), names.getT2(), locale));
	}

	private RevenueView view(RevenueReport report, Map<String, LocalizedText> craftNames,
			Map<String, String> centreNames, Locale locale) {
		List<RevenueView.Section> sections = new ArrayList<>();
		for (Breakdown breakdown : Breakdown.values()) {
			List<RevenueView.Row> rows = new ArrayList<>();
			for (RevenueReport.Row row : report.by(breakdown)) {
				rows.add(new RevenueView.Row((row.key() != null) ? row.key() : "",
						label(breakdown, row.key(), craftNames, centreNames, locale), row.totals()));
			}
			String heading = text("reports.revenue.by." + breakdown.slug(), locale);
			String labelHeading = text("reports.breakdown." + breakdown.slug(), locale);
			sections.add(new RevenueView.Section(breakdown, heading, labelHeading, rows,
					chart(report, breakdown, heading, labelHeading, rows, locale)));
		}
		return new RevenueView(report.year().label(), report.total(), sections);
	}

	private RenderedChart chart(RevenueReport report, Breakdown breakdown, String heading, String labelHeading,
			List<RevenueView.Row> rows, Locale locale) {
		String id = "revenue-" + breakdown.slug() + "-chart";
		String valueHeading = text("reports.revenue.total", locale);
		if (breakdown == Breakdown.MONTH) {
			Map<YearMonth, Long> months = new LinkedHashMap<>();
			rows.forEach((row) -> months.put(YearMonth.parse(row.key()), row.totals().total().minor()));
			return RenderedChart.columns(new Chart(id, heading, labelHeading, valueHeading, ValueFormat.PAISE,
					FinancialYearMonths.points(report.year().startYear(), months, locale)));
		}
		List<ChartPoint> points = rows.stream()
			.map((row) -> new ChartPoint(row.label(), row.totals().total().minor()))
			.toList();
		return RenderedChart.bars(new Chart(id, heading, labelHeading, valueHeading, ValueFormat.PAISE, points));
	}

	String label(Breakdown breakdown, String key, Map<String, LocalizedText> craftNames,
			Map<String, String> centreNames, Locale locale) {
		if (key == null) {
			return text((breakdown == Breakdown.CENTRE) ? "reports.centre.others" : "reports.notRecorded", locale);
		}
		return switch (breakdown) {
			case MONTH -> this.labels.month(key, locale);
			case CHANNEL -> text("reports.channel." + key, locale);
			case SELLER_KIND -> text("reports.sellerKind." + key, locale);
			case CRAFT -> this.labels.craft(craftNames, key, locale);
			case DISTRICT -> this.labels.district(key, locale);
			case CENTRE -> this.labels.centreName(centreNames.getOrDefault(key, key), locale);
		};
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
