package ladakh.crafts.marketplace.reports;

import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.RevenueBreakdowns;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The department's financial-year reports (issue 18), each built from the owning area's
 * own sums (docs/decisions/0074).
 */
@Service
public class FinancialYearReports {

	private final RevenueBreakdowns revenue;

	FinancialYearReports(RevenueBreakdowns revenue) {
		this.revenue = revenue;
	}

	/** Revenue by channel, seller kind, craft, district, centre and month. */
	public Mono<RevenueReport> revenue(FinancialYear year) {
		return this.revenue.cellsOf(year).collectList().map((cells) -> new RevenueReport(year, cells));
	}

}
