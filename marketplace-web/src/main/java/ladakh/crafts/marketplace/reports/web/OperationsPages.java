package ladakh.crafts.marketplace.reports.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ladakh.crafts.marketplace.reports.OperationsReports;
import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The operations report (issue 18) as a page with charts, as CSV and as PDF. Attendance
 * covers the twelve months ending with {@code ?month=2026-11} (this month when not
 * given); the queues and machines are as they stand now.
 */
@Controller
class OperationsPages {

	private final OperationsReports reports;

	private final OperationsViews views;

	private final OperationsPdf pdf;

	OperationsPages(OperationsReports reports, OperationsViews views, OperationsPdf pdf) {
		this.reports = reports;
		this.views = views;
		this.pdf = pdf;
	}

	@GetMapping("/staff/reports/operations")
	Mono<Rendering> page(@RequestParam(required = false) String month, Locale locale) {
		return view(month, locale)
			.map((view) -> Rendering.view("reports/operations").modelAttribute("report", view).build());
	}

	@GetMapping("/staff/reports/operations/export.csv")
	Mono<ResponseEntity<byte[]>> csv(@RequestParam(required = false) String month, Locale locale) {
		return view(month, locale)
			.map((view) -> CsvExport.response("operations-" + view.month() + ".csv", OperationsCsv.of(view)));
	}

	@GetMapping("/staff/reports/operations/export.pdf")
	Mono<ResponseEntity<byte[]>> pdf(@RequestParam(required = false) String month, Locale locale) {
		return view(month, locale).flatMap((view) -> this.pdf.operations(view, locale)
			.map((bytes) -> PdfPages.response("operations-" + view.month() + ".pdf", bytes)));
	}

	private Mono<OperationsView> view(String month, Locale locale) {
		return Mono
			.fromCallable(() -> (month == null || month.isBlank()) ? this.reports.thisMonth()
					: YearMonth.parse(month.strip()))
			.onErrorMap(DateTimeParseException.class, (ex) -> Refusal.notFound("reports.month.unknown"))
			.flatMap(this.reports::report)
			.flatMap((report) -> this.views.of(report, locale));
	}

}
