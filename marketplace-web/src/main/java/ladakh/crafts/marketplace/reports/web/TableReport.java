package ladakh.crafts.marketplace.reports.web;

import java.util.Locale;

import ladakh.crafts.marketplace.treasury.FinancialYear;
import reactor.core.publisher.Mono;

/**
 * A financial-year report printed as a {@link TableView}: {@link TableReportPages} serves
 * each as a page, a CSV and a PDF at {@code /staff/reports/<kind>/<fy>}.
 */
interface TableReport {

	/** Its name in addresses, ids and messages: {@code stipends}. */
	String kind();

	Mono<TableView> view(FinancialYear year, Locale locale);

}
