package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.reports.StipendReport;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The stipends report in words: months and schemes from the messages, centres by their
 * names (one lookup by id for the year's centres).
 */
@Component
class StipendViews implements TableReport {

	private final FinancialYearReports reports;

	private final SellerNames sellers;

	private final Labels labels;

	private final MessageSource messages;

	StipendViews(FinancialYearReports reports, SellerNames sellers, Labels labels, MessageSource messages) {
		this.reports = reports;
		this.sellers = sellers;
		this.labels = labels;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "stipends";
	}

	@Override
	public Mono<TableView> view(FinancialYear year, Locale locale) {
		return this.reports.stipends(year).flatMap((report) -> {
			List<String> centres = report.by(StipendReport.By.CENTRE)
				.stream()
				.map((row) -> row.key())
				.filter(Objects::nonNull)
				.toList();
			return this.sellers.of(centres).map((names) -> view(report, names, locale));
		});
	}

	private TableView view(StipendReport report, Map<String, String> centreNames, Locale locale) {
		TableBuilder table = new TableBuilder(kind(), report.year(), this.messages, locale)
			.column("amount", ValueFormat.PAISE)
			.column("trainee-months", ValueFormat.COUNT)
			.column("lines", ValueFormat.COUNT);
		StipendReport.Totals total = report.total();
		table.fact("amount", total.amount().minor(), ValueFormat.PAISE)
			.fact("trainees", report.traineesPaid(), ValueFormat.COUNT)
			.fact("trainee-months", total.traineeMonths(), ValueFormat.COUNT);
		List<Long> totals = values(total);
		table.months("month", table.rows(report.by(StipendReport.By.MONTH), (month) -> this.labels.month(month, locale),
				"reports.notRecorded", StipendViews::values), totals);
		table.bars("centre",
				table.rows(report.by(StipendReport.By.CENTRE),
						(id) -> this.labels.centreName(centreNames.getOrDefault(id, id), locale), "reports.notRecorded",
						StipendViews::values),
				totals);
		table.bars("scheme", table.rows(report.by(StipendReport.By.SCHEME),
				(scheme) -> this.labels.scheme(scheme, locale), "reports.notRecorded", StipendViews::values), totals);
		return table.build();
	}

	private static List<Long> values(StipendReport.Totals totals) {
		return List.of(totals.amount().minor(), totals.traineeMonths(), totals.lines());
	}

}
