package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One buyer order (the aggregate of checkout, payment and expiry; its seller parts are
 * {@link OrderPart}s). Immutable: each move ({@link #awaitPayment}, {@link #markPaid},
 * {@link #flag}, {@link #expire}, {@link #cancelPlacing}, ...) checks that the order's
 * state allows it, refuses it with a {@link Refusal} CONFLICT otherwise, and answers the
 * order after the move. {@link OrderRepository} persists a move only while the stored
 * order is still in the state this one was read in (docs/decisions/0022).
 *
 * @param reservations the stock reservations of its lines (key {@code <orderId>:<n>})
 * @param stockReleased true once every reservation of an EXPIRED, CANCELLED or NOT_PLACED
 * order was given back
 * @param paidFollowUp true once everything that follows a payment was done
 * @param start what the payment gateway answered (instructions or a redirect), once
 * started
 * @param returnUrl where a hosted payment page sends the buyer back, or null
 * @param returnedPayments gateway payments that came when the order could no longer take
 * them, each being given back
 */
public record Order(String id, String number, String buyerId, Contact contact, Address shippingAddress,
		PaymentMethod paymentMethod, String gateway, OrderStatus status, Money total, Instant reservedUntil,
		List<String> partIds, List<Reservation> reservations, boolean stockReleased, boolean paidFollowUp,
		Payment payment, Flag flag, Start start, String checkoutKey, String outOfStock, String returnUrl,
		Instant createdAt, Instant updatedAt, List<ReturnedPayment> returnedPayments) {

	public Order {
		partIds = List.copyOf(partIds);
		reservations = List.copyOf(reservations);
		returnedPayments = List.copyOf(returnedPayments);
	}

	/**
	 * How to reach the buyer about this order.
	 *
	 * @param name their name
	 * @param email their email, or null
	 * @param phone their mobile number
	 * @param language the language they ordered in ({@code en} or {@code hi}): emails
	 * about the order are written in it; English when not given
	 */
	public record Contact(String name, String email, String phone, String language) {

		public Contact {
			language = ("hi".equals(language)) ? language : "en";
		}

		/** A contact who reads English. */
		public Contact(String name, String email, String phone) {
			this(name, email, phone, "en");
		}

	}

	public record Address(String name, String line1, String line2, String city, String district, String state,
			String pinCode) {

	}

	/** One line's hold on a listing's stock (made-to-order lines have none). */
	public record Reservation(String key, String partId, String listingId, int quantity) {

	}

	public record Payment(String reference, Money amount, String source, String recordedBy, Instant at) {

	}

	public record Flag(String reason, Instant at) {

	}

	/**
	 * A gateway payment that came for an order that could no longer take it (expired,
	 * cancelled, or paid already by another payment), refunded through that gateway.
	 * Staff see it on the order payments page until it is refunded.
	 *
	 * @param reference the gateway's payment id (Stripe PaymentIntent)
	 * @param reason the order's status when it came ({@code EXPIRED}, {@code CANCELLED},
	 * ...), or {@code ALREADY_PAID}
	 * @param refundKey the refund's idempotency key, {@code payment-refund:<reference>}
	 * @param refundStatus {@code REFUNDING} until the gateway answered, then its
	 * {@code SUCCEEDED}, {@code PENDING} or {@code TO_PAY_OFFLINE}
	 * @param refundId the gateway's refund id, once known
	 */
	public record ReturnedPayment(String reference, Money amount, String source, String reason, String refundKey,
			String refundStatus, String refundId, Instant at) {

		public static final String REFUNDING = "REFUNDING";

		/**
		 * Given back, or being given back by the gateway: nothing left for staff to do.
		 */
		public boolean settled() {
			return "SUCCEEDED".equals(this.refundStatus) || "PENDING".equals(this.refundStatus);
		}

	}

	/** The gateway's answer: a redirect URL, or offline instructions. */
	public record Start(String gateway, String redirectUrl, String externalId, String method, String payee,
			String account, String reference, String note) {

	}

	/**
	 * A new order, PLACING: written before any stock is taken.
	 */
	static Order placing(String id, String number, CheckoutRequest request, String gateway, Money total,
			List<String> partIds, List<Reservation> reservations, String checkoutKey, Instant now) {
		return new Order(id, number, request.buyerId(), request.contact(), request.address(), request.method(), gateway,
				OrderStatus.PLACING, total, null, partIds, reservations, false, false, null, null, null, checkoutKey,
				null, request.returnUrl(), now, now, List.of());
	}

	public boolean visible() {
		return OrderStatus.VISIBLE.contains(this.status);
	}

	/** The pieces its reservations hold. */
	int reservedPieces() {
		return this.reservations.stream().mapToInt(Reservation::quantity).sum();
	}

	// ------------------------------------------------------------------ moves

	/** A line could not be reserved: everything is given back, never shown. */
	Order notPlaced(String listingId, Instant now) {
		require(this.status == OrderStatus.PLACING);
		return moved(OrderStatus.NOT_PLACED, this.reservedUntil, true, this.payment, this.flag, this.start, listingId,
				now);
	}

	/**
	 * Every line reserved: the order holds its pieces until {@code until}, with the
	 * gateway's answer if the payment started.
	 */
	Order awaitPayment(Instant until, Start start, Instant now) {
		require(this.status == OrderStatus.PLACING);
		return moved(OrderStatus.AWAITING_PAYMENT, stored(until), false, null, null, start, null, now);
	}

	/** The payment (re)started at its gateway. */
	Order started(Start start, Instant now) {
		require(this.status == OrderStatus.AWAITING_PAYMENT);
		return moved(this.status, this.reservedUntil, this.stockReleased, this.payment, this.flag, start,
				this.outOfStock, now);
	}

	/** Whether a payment of this amount pays the order exactly. */
	boolean paidInFullBy(Money amount) {
		return this.total.equals(amount);
	}

	/** Paid in full: only while payable, and only with exactly its total. */
	Order markPaid(Payment payment, Instant now) {
		require(OrderStatus.PAYABLE.contains(this.status) && paidInFullBy(payment.amount()));
		return moved(OrderStatus.PAID, this.reservedUntil, this.stockReleased, payment, this.flag, this.start,
				this.outOfStock, now);
	}

	/** Money arrived that does not match: staff must look; the stock stays reserved. */
	Order flag(String reason, Instant now) {
		require(OrderStatus.PAYABLE.contains(this.status));
		return moved(OrderStatus.PAYMENT_FLAGGED, this.reservedUntil, this.stockReleased, this.payment,
				new Flag(reason, now), this.start, this.outOfStock, now);
	}

	/** Whether the hold ran out unpaid. */
	boolean holdEnded(Instant now) {
		return this.status == OrderStatus.AWAITING_PAYMENT && this.reservedUntil != null
				&& this.reservedUntil.isBefore(now);
	}

	/** Not paid in time: its stock goes back. */
	Order expire(Instant now) {
		require(holdEnded(now));
		return moved(OrderStatus.EXPIRED, this.reservedUntil, false, this.payment, this.flag, this.start,
				this.outOfStock, now);
	}

	/** The buyer gives up an order before paying: its stock goes back at once. */
	Order cancelUnpaid(Instant now) {
		require(this.status == OrderStatus.AWAITING_PAYMENT);
		return moved(OrderStatus.CANCELLED, this.reservedUntil, false, this.payment, this.flag, this.start,
				this.outOfStock, now);
	}

	/** A checkout that stopped half way is undone. */
	Order cancelPlacing(Instant now) {
		require(this.status == OrderStatus.PLACING);
		return moved(OrderStatus.CANCELLED, this.reservedUntil, false, this.payment, this.flag, this.start,
				this.outOfStock, now);
	}

	/**
	 * The hold extended to {@code until} for a payment page that needs that long: only
	 * while it still runs and ends sooner than {@code needed}, and only while the order
	 * is younger than one {@code cardHold}.
	 */
	boolean canExtendHold(Instant needed, java.time.Duration cardHold, Instant now) {
		return this.status == OrderStatus.AWAITING_PAYMENT && this.reservedUntil != null
				&& this.reservedUntil.isAfter(now) && this.reservedUntil.isBefore(needed)
				&& this.createdAt.isAfter(now.minus(cardHold));
	}

	Order extendHold(Instant until, java.time.Duration cardHold, Instant now) {
		require(canExtendHold(until, cardHold, now));
		return moved(this.status, stored(until), this.stockReleased, this.payment, this.flag, this.start,
				this.outOfStock, now);
	}

	/** An instant as the store keeps it (milliseconds), so later moves can match it. */
	private static Instant stored(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	/** Every reservation of a closed order was given back. */
	Order stockGivenBack() {
		require(this.status == OrderStatus.EXPIRED || this.status == OrderStatus.CANCELLED
				|| this.status == OrderStatus.NOT_PLACED);
		return new Order(this.id, this.number, this.buyerId, this.contact, this.shippingAddress, this.paymentMethod,
				this.gateway, this.status, this.total, this.reservedUntil, this.partIds, this.reservations, true,
				this.paidFollowUp, this.payment, this.flag, this.start, this.checkoutKey, this.outOfStock,
				this.returnUrl, this.createdAt, this.updatedAt, this.returnedPayments);
	}

	/** Everything that follows the payment is done. */
	Order followedUp() {
		require(this.status == OrderStatus.PAID);
		return new Order(this.id, this.number, this.buyerId, this.contact, this.shippingAddress, this.paymentMethod,
				this.gateway, this.status, this.total, this.reservedUntil, this.partIds, this.reservations,
				this.stockReleased, true, this.payment, this.flag, this.start, this.checkoutKey, this.outOfStock,
				this.returnUrl, this.createdAt, this.updatedAt, this.returnedPayments);
	}

	/**
	 * A gateway payment this order cannot take (closed, or paid by another payment):
	 * recorded to be given back, once per payment.
	 */
	ReturnedPayment returnPayment(PaymentRecord payment, String reason, Instant now) {
		require(!OrderStatus.PAYABLE.contains(this.status));
		return new ReturnedPayment(payment.reference(), payment.amount(), payment.source(), reason,
				"payment-refund:" + payment.reference(), ReturnedPayment.REFUNDING, null, now);
	}

	/** The given-back payment with this reference, if any. */
	java.util.Optional<ReturnedPayment> returned(String reference) {
		return this.returnedPayments.stream().filter((returned) -> reference.equals(returned.reference())).findFirst();
	}

	/** The parts' status that goes with a closed order. */
	PartStatus closedPartStatus() {
		return switch (this.status) {
			case EXPIRED -> PartStatus.EXPIRED;
			case NOT_PLACED -> PartStatus.NOT_PLACED;
			case CANCELLED -> PartStatus.CANCELLED;
			default -> throw Refusal.conflict("order.error.transition");
		};
	}

	private Order moved(OrderStatus to, Instant until, boolean released, Payment paid, Flag flagged, Start started,
			String outOfStockListing, Instant now) {
		return new Order(this.id, this.number, this.buyerId, this.contact, this.shippingAddress, this.paymentMethod,
				this.gateway, to, this.total, until, this.partIds, this.reservations, released, this.paidFollowUp, paid,
				flagged, started, this.checkoutKey, outOfStockListing, this.returnUrl, this.createdAt, now,
				this.returnedPayments);
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw Refusal.conflict("order.error.transition");
		}
	}

	/** The reservations of one part. */
	List<Reservation> reservationsOf(String partId) {
		List<Reservation> found = new ArrayList<>();
		for (Reservation reservation : this.reservations) {
			if (Objects.equals(partId, reservation.partId())) {
				found.add(reservation);
			}
		}
		return found;
	}

}
