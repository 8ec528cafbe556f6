package ladakh.crafts.marketplace.treasury;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

/** How the treasury paid back offline refunds, for the buyer's order page. */
public interface RefundsPaidBack {

	/** The refunds of these parts that were paid back, by part id. */
	Mono<Map<String, PaidBack>> of(Collection<String> partIds);

	/**
	 * @param mode {@code UPI}, {@code BANK} (NEFT/RTGS/IMPS), {@code CASH} or
	 * {@code CHEQUE}
	 * @param reference the UTR, UPI reference, receipt or cheque number
	 * @param paidOn the day it was paid back
	 */
	record PaidBack(String partId, String mode, String reference, LocalDate paidOn) {

	}

}
