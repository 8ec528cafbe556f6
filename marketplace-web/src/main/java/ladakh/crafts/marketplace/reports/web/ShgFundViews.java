package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.reports.ShgFundReport;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The SHG revolving funds report in words: districts from the messages. */
@Component
class ShgFundViews implements TableReport {

	private final FinancialYearReports reports;

	private final Labels labels;

	private final MessageSource messages;

	ShgFundViews(FinancialYearReports reports, Labels labels, MessageSource messages) {
		this.reports = reports;
		this.labels = labels;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "shg-funds";
	}

	@Override
	public Mono<TableView> view(FinancialYear year, Locale locale) {
		return this.reports.shgFunds(year).map((report) -> view(report, locale));
	}

	private TableView view(ShgFundReport report, Locale locale) {
		ShgFundReport.Totals total = report.total();
		TableBuilder table = new TableBuilder(kind(), report.year(), this.messages, locale)
			.column("granted", ValueFormat.PAISE)
			.column("utilised", ValueFormat.PAISE)
			.column("repaid", ValueFormat.PAISE)
			.column("opening", ValueFormat.PAISE)
			.column("closing", ValueFormat.PAISE)
			.column("active", ValueFormat.COUNT)
			.column("funds", ValueFormat.COUNT)
			.fact("granted", total.granted().minor(), ValueFormat.PAISE)
			.fact("utilised", total.utilised().minor(), ValueFormat.PAISE)
			.fact("repaid", total.repaid().minor(), ValueFormat.PAISE)
			.fact("opening", total.opening().minor(), ValueFormat.PAISE)
			.fact("closing", total.closing().minor(), ValueFormat.PAISE)
			.fact("active", total.active(), ValueFormat.COUNT);
		table.bars("district", table.rows(report.byDistrict(), (district) -> this.labels.district(district, locale),
				"reports.notRecorded", ShgFundViews::values), values(total));
		return table.build();
	}

	private static List<Long> values(ShgFundReport.Totals totals) {
		return List.of(totals.granted().minor(), totals.utilised().minor(), totals.repaid().minor(),
				totals.opening().minor(), totals.closing().minor(), totals.active(), totals.funds());
	}

}
