package ladakh.crafts.marketplace.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.reports.OperationsReport;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.shared.charts.Chart;
import ladakh.crafts.marketplace.shared.charts.ChartPoint;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.training.LowStock;
import ladakh.crafts.marketplace.training.AttendanceRates.CentreMonth;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the operations report into words: centres by their names (one lookup by id for the
 * centres with marks), months and queues from the messages; and draws the last month's
 * attendance rate by centre and the waiting work by age.
 */
@Component
class OperationsViews {

	private final SellerNames sellers;

	private final Labels labels;

	private final MessageSource messages;

	OperationsViews(SellerNames sellers, Labels labels, MessageSource messages) {
		this.sellers = sellers;
		this.labels = labels;
		this.messages = messages;
	}

	Mono<OperationsView> of(OperationsReport report, Locale locale) {
		List<String> centres = java.util.stream.Stream
			.concat(report.attendance().stream().map(CentreMonth::centreId),
					report.stock().balances().stream().map(LowStock.Balance::holderId))
			.filter((id) -> !id.isEmpty() && !LowStock.STORE.equals(id))
			.distinct()
			.toList();
		return this.sellers.of(centres).map((names) -> view(report, names, locale));
	}

	private OperationsView view(OperationsReport report, Map<String, String> names, Locale locale) {
		List<OperationsView.AttendanceRow> attendance = new ArrayList<>();
		for (CentreMonth row : report.attendance()) {
			attendance.add(new OperationsView.AttendanceRow(centre(row.centreId(), names, locale),
					this.labels.month(row.month(), locale), row));
		}
		List<ChartPoint> rates = report.lastMonth()
			.stream()
			.filter((row) -> row.present() + row.absent() > 0)
			.map((row) -> new ChartPoint(centre(row.centreId(), names, locale), row.percent()))
			.toList();
		String monthLabel = this.labels.month(report.last(), locale);
		RenderedChart attendanceChart = RenderedChart.bars(new Chart("operations-attendance-chart",
				text("reports.operations.attendance.chart", locale, monthLabel),
				text("reports.breakdown.centre", locale), text("reports.operations.attendance.percent", locale),
				ValueFormat.COUNT, rates));
		List<OperationsView.QueueRow> queues = new ArrayList<>();
		for (OperationsReport.Queue queue : report.queues()) {
			queues.add(new OperationsView.QueueRow(text("reports.operations.queue." + queue.kind().slug(), locale),
					queue, queue.backlog().oldestDays(report.at())));
		}
		WaitingAges waiting = report.waiting();
		RenderedChart waitingChart = RenderedChart.bars(new Chart("operations-waiting-chart",
				text("reports.operations.waiting.chart", locale), text("reports.operations.waiting.age", locale),
				text("reports.operations.waiting.count", locale), ValueFormat.COUNT,
				List.of(new ChartPoint(text("reports.operations.band.week", locale), waiting.upToAWeek()),
						new ChartPoint(text("reports.operations.band.month", locale), waiting.upToAMonth()),
						new ChartPoint(text("reports.operations.band.longer", locale), waiting.longer()))));
		List<OperationsView.StockRow> stock = report.stock()
			.balances()
			.stream()
			.map((balance) -> new OperationsView.StockRow(
					LowStock.STORE.equals(balance.holderId()) ? text("stock.holder.store", locale)
							: centre(balance.holderId(), names, locale),
					this.labels.code("stock.item", balance.itemId(), locale),
					this.labels.code("stock.unit", balance.unit(), locale), balance))
			.toList();
		return new OperationsView(report.last().toString(), monthLabel, this.labels.month(report.first(), locale),
				attendance, attendanceChart, queues, waitingChart, report.machines().machines(), stock, report);
	}

	private String centre(String id, Map<String, String> names, Locale locale) {
		return id.isEmpty() ? text("reports.notRecorded", locale)
				: this.labels.centreName(names.getOrDefault(id, id), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
