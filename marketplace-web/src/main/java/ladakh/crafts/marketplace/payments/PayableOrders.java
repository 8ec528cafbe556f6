package ladakh.crafts.marketplace.payments;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * What the payments area asks of the orders area, which implements it (the orders area
 * already depends on this one, so this way round there is no cycle): read an order for
 * the return page and the retry, and make its hold last as long as a payment page needs.
 * Every change to an order's payment goes through the events the payments area publishes
 * ({@link PaymentSucceeded}, {@link PaymentUnmatched}).
 */
public interface PayableOrders {

	/** The order if it is this buyer's; empty otherwise (so another buyer gets 404). */
	Mono<PayableOrder> ofBuyer(String orderId, String buyerId);

	/**
	 * Makes sure an unpaid order still holds its pieces at least {@code leadTime} from
	 * now, extending the hold within the orders area's limits.
	 * @return the end of the hold, or empty when the order is not awaiting payment or
	 * cannot be held that long
	 */
	Mono<Instant> holdFor(String orderId, Duration leadTime);

}
