package ladakh.crafts.marketplace.treasury;

import java.time.YearMonth;

import ladakh.crafts.marketplace.treasury.payouts.PaidOut;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A financial year's payouts to sellers for the reports (issue 18): the lines marked paid
 * with their UTR in the year, by month and run, summed in the database.
 */
@Service
public class PayoutSums {

	private final PaidOut paid;

	PayoutSums(PaidOut paid) {
		this.paid = paid;
	}

	/** The year's cells, April first. */
	public Flux<PayoutCell> cellsOf(FinancialYear year) {
		YearMonth april = YearMonth.of(year.startYear(), 4);
		return this.paid.byMonthAndRun(april, april.plusMonths(11));
	}

	/** How many sellers were paid in the year. */
	public Mono<Long> sellersPaidIn(FinancialYear year) {
		YearMonth april = YearMonth.of(year.startYear(), 4);
		return this.paid.sellersPaid(april, april.plusMonths(11));
	}

}
