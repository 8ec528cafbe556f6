package ladakh.crafts.marketplace.treasury;

import java.time.Instant;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;

/**
 * Refunds owed to buyers offline (the order was paid at the counter, by bank or UPI, or
 * the gateway could not refund): the orders area keeps them, the treasury pays them back.
 */
public interface OfflineRefundsOwed {

	/** The refunds still to pay back, the oldest first. */
	Mono<Page<RefundOwed>> oldestFirst(After after);

	/** One refund still owed or paid back, by its part id. */
	Mono<RefundOwed> find(String partId);

	/**
	 * Marks the refund paid back; true when it was still owed (and false when it was
	 * marked already).
	 */
	Mono<Boolean> markPaidBack(String partId);

	/**
	 * A refund owed.
	 *
	 * @param partId the seller part refunded
	 * @param orderId its order
	 * @param orderNumber the number the buyer knows
	 * @param amount what is owed back
	 * @param since when it became owed
	 * @param paidBack whether it was paid back already
	 */
	record RefundOwed(String partId, String orderId, String orderNumber, Money amount, Instant since,
			boolean paidBack) {

	}

}
