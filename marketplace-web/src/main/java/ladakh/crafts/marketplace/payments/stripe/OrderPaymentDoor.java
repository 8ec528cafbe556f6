package ladakh.crafts.marketplace.payments.stripe;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * What the webhook needs from the orders area, seen from here: the payments area may not
 * import {@code orders} (orders already uses the payment port; that would be a cycle), so
 * a small bridge outside both areas implements this with {@code orders.OrderPayments}.
 */
public interface OrderPaymentDoor {

	/**
	 * Records a card payment against an order.
	 * @return the orders area's outcome: {@code PAID}, {@code ALREADY_PAID},
	 * {@code FLAGGED}, {@code REFUNDED} (it came for an order that can no longer be
	 * filled, and was given back), {@code NOT_PAYABLE} or {@code NOT_FOUND}
	 */
	Mono<String> recordPayment(String orderId, long amountMinor, String currency, String reference);

	/**
	 * Makes sure an unpaid order still holds its pieces at least {@code leadTime} from
	 * now, extending the hold within the orders area's limits.
	 * @return the end of the hold, or empty when the order is not awaiting payment or
	 * cannot be held that long
	 */
	Mono<Instant> holdFor(String orderId, Duration leadTime);

	/** Flags an order for staff without paying it. */
	Mono<Void> flag(String orderId, String reason);

}
