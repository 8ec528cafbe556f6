package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.reports.KitReport;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.charts.ValueFormat;
import ladakh.crafts.marketplace.system.Labels;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subsidy kits report in words: centres by their names (one lookup by id for the
 * year's centres), schemes from the messages.
 */
@Component
class KitViews implements TableReport {

	private final FinancialYearReports reports;

	private final SellerNames sellers;

	private final Labels labels;

	private final MessageSource messages;

	KitViews(FinancialYearReports reports, SellerNames sellers, Labels labels, MessageSource messages) {
		this.reports = reports;
		this.sellers = sellers;
		this.labels = labels;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "kits";
	}

	@Override
	public Mono<TableView> view(FinancialYear year, Locale locale) {
		return this.reports.kits(year).flatMap((report) -> {
			List<String> centres = report.by(KitReport.By.CENTRE)
				.stream()
				.map((row) -> row.key())
				.filter(Objects::nonNull)
				.toList();
			return this.sellers.of(centres).map((names) -> view(report, names, locale));
		});
	}

	private TableView view(KitReport report, Map<String, String> centreNames, Locale locale) {
		KitReport.Totals total = report.total();
		TableBuilder table = new TableBuilder(kind(), report.year(), this.messages, locale)
			.column("subsidy", ValueFormat.PAISE)
			.column("value", ValueFormat.PAISE)
			.column("share", ValueFormat.PAISE)
			.column("kits", ValueFormat.COUNT)
			.fact("kits", total.kits(), ValueFormat.COUNT)
			.fact("value", total.value().minor(), ValueFormat.PAISE)
			.fact("share", total.share().minor(), ValueFormat.PAISE)
			.fact("subsidy", total.subsidy().minor(), ValueFormat.PAISE);
		table.bars("centre",
				table.rows(report.by(KitReport.By.CENTRE),
						(id) -> this.labels.centreName(centreNames.getOrDefault(id, id), locale), "reports.notRecorded",
						KitViews::values),
				values(total));
		table.bars("scheme", table.rows(report.by(KitReport.By.SCHEME), (scheme) -> this.labels.scheme(scheme, locale),
				"reports.notRecorded", KitViews::values), values(total));
		return table.build();
	}

	private static List<Long> values(KitReport.Totals totals) {
		return List.of(totals.subsidy().minor(), totals.value().minor(), totals.share().minor(), totals.kits());
	}

}
