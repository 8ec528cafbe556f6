package ladakh.crafts.marketplace.treasury.deposits.web;

import java.util.Locale;

import ladakh.crafts.marketplace.treasury.deposits.FinancialYear;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Reconciliation for accounts staff: the years, a year per centre, a centre's year by
 * month; each as CSV and PDF.
 */
@Controller
class ReconciliationPages {

	private final Reconciliation reconciliation;

	private final TreasuryPdf pdf;

	ReconciliationPages(Reconciliation reconciliation, TreasuryPdf pdf) {
		this.reconciliation = reconciliation;
		this.pdf = pdf;
	}

	@GetMapping("/staff/treasury/reconciliation")
	Rendering years() {
		return Rendering.view("treasury/years").modelAttribute("years", this.reconciliation.years()).build();
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}")
	Mono<Rendering> year(@PathVariable String fy) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap(this.reconciliation::year)
			.map((report) -> Rendering.view("treasury/year").modelAttribute("report", report).build());
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}/export.csv")
	Mono<ResponseEntity<byte[]>> yearCsv(@PathVariable String fy) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap(this.reconciliation::year)
			.map((report) -> TreasuryCsv.response("treasury-" + report.fy() + ".csv", TreasuryCsv.year(report)));
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}/export.pdf")
	Mono<ResponseEntity<byte[]>> yearPdf(@PathVariable String fy, Locale locale) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap(this.reconciliation::year)
			.flatMap((report) -> this.pdf.year(report, locale)
				.map((bytes) -> TreasuryPdf.response("treasury-" + report.fy() + ".pdf", bytes)));
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}/centres/{centreId}")
	Mono<Rendering> centre(@PathVariable String fy, @PathVariable String centreId) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap((year) -> this.reconciliation.centre(year, centreId))
			.map((report) -> Rendering.view("treasury/centre").modelAttribute("report", report).build());
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.csv")
	Mono<ResponseEntity<byte[]>> centreCsv(@PathVariable String fy, @PathVariable String centreId) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap((year) -> this.reconciliation.centre(year, centreId))
			.map((report) -> TreasuryCsv.response("treasury-" + report.fy() + "-" + report.centreId() + ".csv",
					TreasuryCsv.centre(report)));
	}

	@GetMapping("/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.pdf")
	Mono<ResponseEntity<byte[]>> centrePdf(@PathVariable String fy, @PathVariable String centreId, Locale locale) {
		return Mono.fromCallable(() -> FinancialYear.parse(fy))
			.flatMap((year) -> this.reconciliation.centre(year, centreId))
			.flatMap((report) -> this.pdf.centre(report, locale)
				.map((bytes) -> TreasuryPdf.response("treasury-" + report.fy() + "-" + report.centreId() + ".pdf",
						bytes)));
	}

}
