package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import org.bson.Document;

/**
 * One buyer order, as stored in {@code orders} (see docs/data-model.md, "Orders issue
 * additions"). Read-only: changes go through {@link Orders}, {@link OrderPayments} and
 * the sweeper, each a conditional update on the status.
 *
 * @param reservations the stock reservations of its lines (key {@code <orderId>:<n>})
 * @param stockReleased true once every reservation of an EXPIRED, CANCELLED or NOT_PLACED
 * order was given back
 * @param start what the payment gateway answered (instructions or a redirect), once
 * started
 * @param returnedPayments gateway payments that came when the order could no longer take
 * them, each being given back
 */
public record Order(String id, String number, String buyerId, Contact contact, Address shippingAddress,
		PaymentMethod paymentMethod, String gateway, OrderStatus status, long totalMinor, String currency,
		Instant reservedUntil, List<String> partIds, List<Reservation> reservations, boolean stockReleased,
		Payment payment, Flag flag, Start start, String checkoutKey, String outOfStock, Instant createdAt,
		Instant updatedAt, List<ReturnedPayment> returnedPayments) {

	public static final String COLLECTION = "orders";

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

		public Document document() {
			return new Document("name", this.name).append("email", this.email)
				.append("phone", this.phone)
				.append("language", this.language);
		}

		static Contact of(Document document) {
			return (document != null) ? new Contact(document.getString("name"), document.getString("email"),
					document.getString("phone"), document.getString("language")) : null;
		}

	}

	public record Address(String name, String line1, String line2, String city, String district, String state,
			String pinCode) {

		public Document document() {
			return new Document("name", this.name).append("line1", this.line1)
				.append("line2", this.line2)
				.append("city", this.city)
				.append("district", this.district)
				.append("state", this.state)
				.append("pinCode", this.pinCode);
		}

		static Address of(Document document) {
			return (document != null) ? new Address(document.getString("name"), document.getString("line1"),
					document.getString("line2"), document.getString("city"), document.getString("district"),
					document.getString("state"), document.getString("pinCode")) : null;
		}

	}

	/** One line's hold on a listing's stock (made-to-order lines have none). */
	public record Reservation(String key, String partId, String listingId, int quantity) {

		Document document() {
			return new Document("key", this.key).append("partId", this.partId)
				.append("listingId", this.listingId)
				.append("quantity", this.quantity);
		}

		static Reservation of(Document document) {
			return new Reservation(document.getString("key"), document.getString("partId"),
					document.getString("listingId"), document.get("quantity", Number.class).intValue());
		}

	}

	public record Payment(String reference, long amountMinor, String currency, String source, String recordedBy,
			Instant at) {

		static Payment of(Document document) {
			return (document != null)
					? new Payment(document.getString("reference"),
							document.get("amountMinor", Number.class).longValue(), document.getString("currency"),
							document.getString("source"), document.getString("recordedBy"), instant(document.get("at")))
					: null;
		}

	}

	public record Flag(String reason, Instant at) {

		static Flag of(Document document) {
			return (document != null) ? new Flag(document.getString("reason"), instant(document.get("at"))) : null;
		}

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
	public record ReturnedPayment(String reference, long amountMinor, String currency, String source, String reason,
			String refundKey, String refundStatus, String refundId, Instant at) {

		public static final String REFUNDING = "REFUNDING";

		/**
		 * Given back, or being given back by the gateway: nothing left for staff to do.
		 */
		public boolean settled() {
			return "SUCCEEDED".equals(this.refundStatus) || "PENDING".equals(this.refundStatus);
		}

		Document document() {
			return new Document("reference", this.reference).append("amountMinor", this.amountMinor)
				.append("currency", this.currency)
				.append("source", this.source)
				.append("reason", this.reason)
				.append("refundKey", this.refundKey)
				.append("refundStatus", this.refundStatus)
				.append("refundId", this.refundId)
				.append("at", (this.at != null) ? Date.from(this.at) : null);
		}

		static ReturnedPayment of(Document document) {
			return new ReturnedPayment(document.getString("reference"), longOf(document.get("amountMinor")),
					document.getString("currency"), document.getString("source"), document.getString("reason"),
					document.getString("refundKey"), document.getString("refundStatus"), document.getString("refundId"),
					instant(document.get("at")));
		}

	}

	/** The gateway's answer: a redirect URL, or offline instructions. */
	public record Start(String gateway, String redirectUrl, String externalId, String method, String payee,
			String account, String reference, String note) {

		static Start of(Document document) {
			return (document != null)
					? new Start(document.getString("gateway"), document.getString("redirectUrl"),
							document.getString("externalId"), document.getString("method"), document.getString("payee"),
							document.getString("account"), document.getString("reference"), document.getString("note"))
					: null;
		}

	}

	public boolean visible() {
		return OrderStatus.VISIBLE.contains(this.status);
	}

	public static Order of(Document document) {
		String method = document.getString("paymentMethod");
		return new Order(document.getString("_id"), document.getString("number"), document.getString("buyerId"),
				Contact.of(document.get("contact", Document.class)),
				Address.of(document.get("shippingAddress", Document.class)),
				(method != null) ? PaymentMethod.valueOf(method) : null, document.getString("gateway"),
				OrderStatus.valueOf(document.getString("status")), longOf(document.get("totalMinor")),
				document.getString("currency"), instant(document.get("reservedUntil")),
				document.getList("partIds", String.class, List.of()),
				document.getList("reservations", Document.class, List.of()).stream().map(Reservation::of).toList(),
				Boolean.TRUE.equals(document.getBoolean("stockReleased")),
				Payment.of(document.get("payment", Document.class)), Flag.of(document.get("flag", Document.class)),
				Start.of(document.get("start", Document.class)), document.getString("checkoutKey"),
				document.getString("outOfStock"), instant(document.get("createdAt")),
				instant(document.get("updatedAt")),
				document.getList("returnedPayments", Document.class, List.of())
					.stream()
					.map(ReturnedPayment::of)
					.toList());
	}

	static long longOf(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

}
