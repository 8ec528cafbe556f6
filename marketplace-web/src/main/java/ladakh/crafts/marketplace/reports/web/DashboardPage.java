package ladakh.crafts.marketplace.reports.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.reports.Breakdown;
import ladakh.crafts.marketplace.reports.DashboardFigures;
import ladakh.crafts.marketplace.reports.Dashboards;
import ladakh.crafts.marketplace.reports.RevenueReport;
import ladakh.crafts.marketplace.shared.charts.Chart;
import ladakh.crafts.marketplace.shared.charts.ChartPoint;
import ladakh.crafts.marketplace.shared.charts.FinancialYearMonths;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A staff member's home page (issue 18): their role's figures as tiles and small charts,
 * each tile a link into the work or the report behind it.
 */
@Controller
class DashboardPage {

	private final Dashboards dashboards;

	private final MessageSource messages;

	private final Labels labels;

	DashboardPage(Dashboards dashboards, MessageSource messages, Labels labels) {
		this.dashboards = dashboards;
		this.messages = messages;
		this.labels = labels;
	}

	@GetMapping("/staff/dashboard")
	Mono<Rendering> dashboard(@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.dashboards.of(user).map((figures) -> {
			Rendering.Builder<?> page = Rendering.view("reports/dashboard")
				.modelAttribute("figures", figures)
				.modelAttribute("at", this.labels.moment(figures.at(), locale));
			RevenueReport revenue = figures.revenue();
			if (revenue != null) {
				page.modelAttribute("fy", revenue.year().label())
					.modelAttribute("revenueTotal", revenue.total())
					.modelAttribute("revenueMonths", months(revenue, locale))
					.modelAttribute("revenueChannels", channels(revenue, locale));
			}
			if (figures.attendance() != null) {
				page.modelAttribute("attendanceChart", attendance(figures.attendance(), locale));
			}
			return page.build();
		});
	}

	private RenderedChart months(RevenueReport revenue, Locale locale) {
		Map<YearMonth, Long> months = new LinkedHashMap<>();
		revenue.by(Breakdown.MONTH)
			.forEach((row) -> months.put(YearMonth.parse(row.key()), row.totals().total().minor()));
		return RenderedChart.sparkline(
				new Chart("dashboard-revenue-months", text("dashboard.revenue.months", locale, revenue.year().label()),
						text("reports.breakdown.month", locale), text("reports.revenue.total", locale),
						ValueFormat.PAISE, FinancialYearMonths.points(revenue.year().startYear(), months, locale)));
	}

	private RenderedChart channels(RevenueReport revenue, Locale locale) {
		List<ChartPoint> points = revenue.by(Breakdown.CHANNEL)
			.stream()
			.map((row) -> new ChartPoint((row.key() != null) ? text("reports.channel." + row.key(), locale)
					: text("reports.notRecorded", locale), row.totals().total().minor()))
			.toList();
		return RenderedChart.bars(new Chart("dashboard-revenue-channels", text("reports.revenue.by.channel", locale),
				text("reports.breakdown.channel", locale), text("reports.revenue.total", locale), ValueFormat.PAISE,
				points));
	}

	private RenderedChart attendance(List<DashboardFigures.CentreToday> centres, Locale locale) {
		List<ChartPoint> points = centres.stream()
			.map((centre) -> new ChartPoint(this.labels.centreName(centre.name(), locale), centre.present()))
			.toList();
		return RenderedChart.bars(new Chart("dashboard-attendance", text("dashboard.attendance.chart", locale),
				text("reports.breakdown.centre", locale), text("dashboard.attendance.present", locale),
				ValueFormat.COUNT, points));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
