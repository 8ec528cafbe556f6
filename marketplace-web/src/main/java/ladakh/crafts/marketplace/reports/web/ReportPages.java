package ladakh.crafts.marketplace.reports.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.reports.FinancialYearReports;
import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The financial-year reports (issue 18): the list of years and reports, and each report
 * as a page with charts, as CSV and as PDF.
 */
@Controller
class ReportPages {

	/** How many financial years the index offers, this one included. */
	private static final int YEARS = 4;

	private final FinancialYearReports reports;

	private final RevenueViews views;

	private final ReportPdf pdf;

	private final Clock clock;

	ReportPages(FinancialYearReports reports, RevenueViews views, ReportPdf pdf, Clock clock) {
		this.reports = reports;
		this.views = views;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/staff/reports")
	Rendering index(@AuthenticationPrincipal MarketplaceUser reader) {
		FinancialYear year = FinancialYear.of(this.clock.instant());
		List<String> years = new ArrayList<>();
		for (int i = 0; i < YEARS; i++) {
			years.add(new FinancialYear(year.startYear() - i).label());
		}
		// The reconciliation is the treasury's own report, for accounts staff and admins,
		// and the reviewers who read every staff page.
		boolean treasury = reader != null
				&& (reader.has(Role.ACCOUNTS) || reader.has(Role.ADMIN) || reader.has(Role.REVIEWER));
		return Rendering.view("reports/index")
			.modelAttribute("years", years)
			.modelAttribute("treasury", treasury)
			.build();
	}

	@GetMapping("/staff/reports/revenue/{fy}")
	Mono<Rendering> revenue(@PathVariable String fy, Locale locale) {
		return view(fy, locale).map((view) -> Rendering.view("reports/revenue").modelAttribute("report", view).build());
	}

	@GetMapping("/staff/reports/revenue/{fy}/export.csv")
	Mono<ResponseEntity<byte[]>> revenueCsv(@PathVariable String fy, Locale locale) {
		return view(fy, locale).map((view) -> CsvExport.response("revenue-" + view.fy() + ".csv", RevenueCsv.of(view)));
	}

	@GetMapping("/staff/reports/revenue/{fy}/export.pdf")
	Mono<ResponseEntity<byte[]>> revenuePdf(@PathVariable String fy, Locale locale) {
		return view(fy, locale).flatMap((view) -> this.pdf.revenue(view, locale)
			.map((bytes) -> PdfPages.response("revenue-" + view.fy() + ".pdf", bytes)));
	}

	private Mono<RevenueView> view(String fy, Locale locale) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.onErrorMap(IllegalArgumentException.class, (ex) -> Refusal.notFound("reports.fy.unknown"))
			.flatMap(this.reports::revenue)
			.flatMap((report) -> this.views.of(report, locale));
	}

}
