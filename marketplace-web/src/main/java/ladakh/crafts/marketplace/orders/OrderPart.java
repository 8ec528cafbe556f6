package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One seller's part of a buyer order ({@code _id} {@code <orderId>-<n>}), with its own
 * life after payment: PAID → PACKED → SHIPPED → DELIVERED, CANCELLED before shipping, or
 * RETURNED within the seller's window. Before payment it follows its order
 * ({@link #follow}). Each move refuses what {@link PartStatus} does not allow with a
 * {@link Refusal} CONFLICT; {@link OrderRepository} persists it only while the stored
 * part is still in the status this one was read in. Prices are frozen at checkout.
 *
 * @param id {@code <orderId>-<n>}
 * @param orderNumber e.g. {@code LC-2026-000123}
 * @param lines the items, prices frozen at checkout
 * @param subtotal the lines' total
 * @param shipping the seller's shipping fee for this part, frozen at checkout from their
 * rule (zero for parts placed before shipping was charged)
 * @param carrier the courier, once shipped
 * @param trackingNumber the courier's number, once shipped
 * @param cancelBy {@code BUYER} or {@code SELLER}, once cancelled or returned
 * @param refundStatus REQUESTED, SUCCEEDED, PENDING or TO_PAY_OFFLINE, once cancelled
 */
public record OrderPart(String id, String orderId, String orderNumber, String buyerId, String sellerId,
		PartStatus status, List<Line> lines, Money subtotal, Money shipping, String carrier, String trackingNumber,
		Instant shippedAt, Instant deliveredAt, String cancelBy, String cancelReason, Instant cancelledAt,
		String refundStatus, Instant createdAt, Instant updatedAt) {

	/** Statuses from which a part can still be cancelled (before shipping). */
	public static final Set<PartStatus> CANCELLABLE = Set.of(PartStatus.PAID, PartStatus.PACKED);

	/** A refund asked of the gateway and not yet answered. */
	public static final String REFUND_REQUESTED = "REQUESTED";

	public OrderPart {
		lines = List.copyOf(lines);
		shipping = (shipping != null) ? shipping : Money.ZERO;
	}

	/** What the buyer pays for this part: its lines and its shipping. */
	public Money total() {
		return this.subtotal.plus(this.shipping);
	}

	/**
	 * What a closed part gives back (docs/decisions/0053): all of it when cancelled
	 * before it shipped; the pieces only when returned, as the parcel did travel.
	 */
	public Money refundDue() {
		return (this.status == PartStatus.RETURNED) ? this.subtotal : total();
	}

	/**
	 * @param listingId the listing
	 * @param title its title at checkout (English)
	 * @param craft its craft
	 * @param quantity pieces
	 * @param unitPrice each
	 * @param lineTotal all pieces
	 * @param madeToOrder made after the order (reserved no stock)
	 * @param leadTimeDays days to make it, when made to order
	 */
	public record Line(String listingId, String title, String craft, int quantity, Money unitPrice, Money lineTotal,
			boolean madeToOrder, Integer leadTimeDays) {

	}

	/** The lines' total. */
	static Money subtotalOf(List<Line> lines) {
		return lines.stream().map(Line::lineTotal).reduce(Money.ZERO, Money::plus);
	}

	/**
	 * A new part, PLACING, of an order being placed, with the shipping fee it charges.
	 */
	static OrderPart placing(String id, String orderId, String orderNumber, String buyerId, String sellerId,
			List<Line> lines, Money shipping, Instant now) {
		return new OrderPart(id, orderId, orderNumber, buyerId, sellerId, PartStatus.PLACING, lines, subtotalOf(lines),
				shipping, null, null, null, null, null, null, null, null, now, now);
	}

	public boolean cancellable() {
		return CANCELLABLE.contains(this.status);
	}

	public boolean packable() {
		return this.status == PartStatus.PAID;
	}

	public boolean shippable() {
		return this.status == PartStatus.PACKED;
	}

	public boolean deliverable() {
		return this.status == PartStatus.SHIPPED;
	}

	public boolean returnable() {
		return this.status == PartStatus.DELIVERED;
	}

	// ------------------------------------------------------------------ moves

	/** The statuses a part takes from its order, and from which, before payment. */
	static boolean follows(PartStatus from, PartStatus to) {
		return switch (to) {
			case AWAITING_PAYMENT, NOT_PLACED -> from == PartStatus.PLACING;
			case PAID, EXPIRED -> from == PartStatus.AWAITING_PAYMENT;
			case CANCELLED -> from == PartStatus.PLACING || from == PartStatus.AWAITING_PAYMENT;
			default -> false;
		};
	}

	/** The part follows its order (placed, paid, expired, cancelled before payment). */
	OrderPart follow(PartStatus to, Instant now) {
		require(follows(this.status, to), "fulfilment.error.transition");
		return moved(to, now);
	}

	OrderPart pack(Instant now) {
		require(packable(), "fulfilment.error.transition");
		return moved(PartStatus.PACKED, now);
	}

	OrderPart ship(String carrier, String trackingNumber, Instant now) {
		require(shippable(), "fulfilment.error.transition");
		return new OrderPart(this.id, this.orderId, this.orderNumber, this.buyerId, this.sellerId, PartStatus.SHIPPED,
				this.lines, this.subtotal, this.shipping, carrier, trackingNumber, now, this.deliveredAt, this.cancelBy,
				this.cancelReason, this.cancelledAt, this.refundStatus, this.createdAt, now);
	}

	OrderPart deliver(Instant now) {
		require(deliverable(), "fulfilment.error.transition");
		return new OrderPart(this.id, this.orderId, this.orderNumber, this.buyerId, this.sellerId, PartStatus.DELIVERED,
				this.lines, this.subtotal, this.shipping, this.carrier, this.trackingNumber, this.shippedAt, now,
				this.cancelBy, this.cancelReason, this.cancelledAt, this.refundStatus, this.createdAt, now);
	}

	/** Cancelled before it ships, by {@code BUYER} or {@code SELLER}: to be refunded. */
	OrderPart cancel(String by, String reason, Instant now) {
		require(cancellable(), "fulfilment.error.cancel");
		return closed(PartStatus.CANCELLED, by, reason, now);
	}

	/** Taken back by the seller within their return window: to be refunded. */
	OrderPart markReturned(String reason, Duration window, Instant now) {
		require(returnable(), "fulfilment.error.transition");
		require(this.deliveredAt != null && !this.deliveredAt.isBefore(now.minus(window)), "fulfilment.error.window");
		return closed(PartStatus.RETURNED, "SELLER", reason, now);
	}

	/** Whether a refund was asked for and not yet answered. */
	boolean refundOpen() {
		return REFUND_REQUESTED.equals(this.refundStatus);
	}

	private OrderPart closed(PartStatus to, String by, String reason, Instant now) {
		return new OrderPart(this.id, this.orderId, this.orderNumber, this.buyerId, this.sellerId, to, this.lines,
				this.subtotal, this.shipping, this.carrier, this.trackingNumber, this.shippedAt, this.deliveredAt, by,
				reason, now, REFUND_REQUESTED, this.createdAt, now);
	}

	private OrderPart moved(PartStatus to, Instant now) {
		return new OrderPart(this.id, this.orderId, this.orderNumber, this.buyerId, this.sellerId, to, this.lines,
				this.subtotal, this.shipping, this.carrier, this.trackingNumber, this.shippedAt, this.deliveredAt,
				this.cancelBy, this.cancelReason, this.cancelledAt, this.refundStatus, this.createdAt, now);
	}

	private static void require(boolean allowed, String key) {
		if (!allowed) {
			throw Refusal.conflict(key);
		}
	}

}
