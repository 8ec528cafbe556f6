package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.reports.PayoutReport;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The payouts report in words: months from the messages, runs by their ids. */
@Component
class PayoutViews implements TableReport {

	private final FinancialYearReports reports;

	private final Labels labels;

	private final MessageSource messages;

	PayoutViews(FinancialYearReports reports, Labels labels, MessageSource messages) {
		this.reports = reports;
		this.labels = labels;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "payouts";
	}

	@Override
	public Mono<TableView> view(FinancialYear year, Locale locale) {
		return this.reports.payouts(year).map((report) -> view(report, locale));
	}

	private TableView view(PayoutReport report, Locale locale) {
		PayoutReport.Totals total = report.total();
		TableBuilder table = new TableBuilder(kind(), report.year(), this.messages, locale)
			.column("amount", ValueFormat.PAISE)
			.column("lines", ValueFormat.COUNT)
			.fact("amount", total.amount().minor(), ValueFormat.PAISE)
			.fact("runs", report.runs(), ValueFormat.COUNT)
			.fact("sellers", report.sellersPaid(), ValueFormat.COUNT)
			.fact("lines", total.lines(), ValueFormat.COUNT);
		table.months("month", table.rows(report.by(PayoutReport.By.MONTH), (month) -> this.labels.month(month, locale),
				"reports.notRecorded", PayoutViews::values), values(total));
		table.bars("run",
				table.rows(report.by(PayoutReport.By.RUN), (run) -> run, "reports.notRecorded", PayoutViews::values),
				values(total));
		return table.build();
	}

	private static List<Long> values(PayoutReport.Totals totals) {
		return List.of(totals.amount().minor(), totals.lines());
	}

}
