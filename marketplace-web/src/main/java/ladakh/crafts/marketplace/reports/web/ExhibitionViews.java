package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.reports.ExhibitionReport;
import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The exhibitions report in words: exhibitions by their names in the reader's language,
 * districts from the messages (no district: outside Ladakh).
 */
@Component
class ExhibitionViews implements TableReport {

	private final FinancialYearReports reports;

	private final Labels labels;

	private final MessageSource messages;

	ExhibitionViews(FinancialYearReports reports, Labels labels, MessageSource messages) {
		this.reports = reports;
		this.labels = labels;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "exhibitions";
	}

	@Override
	public Mono<TableView> view(FinancialYear year, Locale locale) {
		return this.reports.exhibitions(year).map((report) -> view(report, locale));
	}

	private TableView view(ExhibitionReport report, Locale locale) {
		Map<String, String> names = report.exhibitions()
			.stream()
			.collect(Collectors.toMap((exhibition) -> exhibition.takeUp().exhibitionId(),
					(exhibition) -> exhibition.takeUp().name().in(locale)));
		ExhibitionReport.Totals total = report.total();
		TableBuilder table = new TableBuilder(kind(), report.year(), this.messages, locale)
			.column("sales", ValueFormat.PAISE)
			.column("offered", ValueFormat.COUNT)
			.column("taken", ValueFormat.COUNT)
			.column("per-stall", ValueFormat.PAISE)
			.fact("exhibitions", total.exhibitions(), ValueFormat.COUNT)
			.fact("offered", total.offered(), ValueFormat.COUNT)
			.fact("taken", total.taken(), ValueFormat.COUNT)
			.fact("sales", total.sales().minor(), ValueFormat.PAISE)
			.fact("per-stall", total.salesPerStall().minor(), ValueFormat.PAISE);
		List<Long> totals = values(total);
		table.bars("exhibition", table.rows(report.by(ExhibitionReport.By.EXHIBITION),
				(id) -> names.getOrDefault(id, id), "reports.notRecorded", ExhibitionViews::values), totals);
		table.bars("district",
				table.rows(report.by(ExhibitionReport.By.DISTRICT),
						(district) -> this.labels.district(district, locale), "reports.exhibitions.outside",
						ExhibitionViews::values),
				totals);
		return table.build();
	}

	private static List<Long> values(ExhibitionReport.Totals totals) {
		return List.of(totals.sales().minor(), totals.offered(), totals.taken(), totals.salesPerStall().minor());
	}

}
