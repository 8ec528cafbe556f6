package ladakh.crafts.marketplace.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The financial-year reports printed as tables (issue 18): each {@link TableReport} as a
 * page with a chart per breakdown, as CSV and as PDF. An address names the report (each
 * mapped by name, so the route list and the authorization matrix see every one) and the
 * year; a year that is not one is not found, with words to act on.
 */
@Controller
class TableReportPages {

	private static final String STIPENDS = "/staff/reports/stipends/{fy}";

	private static final String EXHIBITIONS = "/staff/reports/exhibitions/{fy}";

	private static final String SHG_FUNDS = "/staff/reports/shg-funds/{fy}";

	private static final String PAYOUTS = "/staff/reports/payouts/{fy}";

	private static final String KITS = "/staff/reports/kits/{fy}";

	private final Map<String, TableReport> reports;

	private final ReportPdf pdf;

	TableReportPages(List<TableReport> reports, ReportPdf pdf) {
		this.reports = reports.stream().collect(Collectors.toMap(TableReport::kind, Function.identity()));
		this.pdf = pdf;
	}

	@GetMapping({ STIPENDS, EXHIBITIONS, SHG_FUNDS, PAYOUTS, KITS })
	Mono<Rendering> page(ServerHttpRequest request, @PathVariable String fy, Locale locale) {
		return view(kind(request), fy, locale)
			.map((view) -> Rendering.view("reports/table").modelAttribute("report", view).build());
	}

	@GetMapping({ STIPENDS + "/export.csv", EXHIBITIONS + "/export.csv", SHG_FUNDS + "/export.csv",
			PAYOUTS + "/export.csv", KITS + "/export.csv" })
	Mono<ResponseEntity<byte[]>> csv(ServerHttpRequest request, @PathVariable String fy, Locale locale) {
		return view(kind(request), fy, locale)
			.map((view) -> CsvExport.response(view.kind() + "-" + view.fy() + ".csv", TableCsv.of(view)));
	}

	@GetMapping({ STIPENDS + "/export.pdf", EXHIBITIONS + "/export.pdf", SHG_FUNDS + "/export.pdf",
			PAYOUTS + "/export.pdf", KITS + "/export.pdf" })
	Mono<ResponseEntity<byte[]>> pdf(ServerHttpRequest request, @PathVariable String fy, Locale locale) {
		return view(kind(request), fy, locale).flatMap((view) -> this.pdf.table(view, locale)
			.map((bytes) -> PdfPages.response(view.kind() + "-" + view.fy() + ".pdf", bytes)));
	}

	/** The report an address names: {@code /staff/reports/<kind>/...}. */
	private static String kind(ServerHttpRequest request) {
		return request.getPath().pathWithinApplication().value().split("/")[3];
	}

	private Mono<TableView> view(String kind, String fy, Locale locale) {
		TableReport report = this.reports.get(kind);
		if (report == null) {
			return Mono.error(Refusal.notFound("reports.unknown"));
		}
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.onErrorMap(IllegalArgumentException.class, (ex) -> Refusal.notFound("reports.fy.unknown"))
			.flatMap((year) -> report.view(year, locale));
	}

}
