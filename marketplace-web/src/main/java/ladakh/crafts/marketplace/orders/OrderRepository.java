package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The only class that knows how orders are stored ({@code orders}; fields in
 * docs/data-model.md; their parts are {@link OrderPartRepository}'s). It maps
 * {@link Order} by hand to documents and persists each move as ONE conditional
 * single-document update on the state the aggregate was read in: {@code _id} plus the
 * previous status (and, for an order, its hold's end and its follow-up mark), so of two
 * concurrent moves exactly one is stored; the loser gets empty and re-reads
 * (docs/decisions/0022).
 */
@Repository
class OrderRepository {

	static final String ORDERS = "orders";

	/** Stored true with an order's first returned payment. */
	static final String RETURNED = "hasReturnedPayments";

	private final ReactiveMongoTemplate mongo;

	OrderRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	// ------------------------------------------------------------------ orders

	Mono<Order> find(String orderId) {
		return one(ORDERS, Filters.eq("_id", orderId)).map(OrderRepository::order);
	}

	Mono<Order> findByCheckoutKey(String checkoutKey) {
		return one(ORDERS, Filters.eq("checkoutKey", checkoutKey)).map(OrderRepository::order);
	}

	/** A buyer's orders, newest first, from {@code after} on. */
	Flux<Order> ofBuyer(String buyerId, After after, int limit) {
		return many(ORDERS, OrderPartRepository.newestFirst(Filters.eq("buyerId", buyerId), "createdAt", after),
				Sorts.descending("createdAt", "_id"), limit)
			.map(OrderRepository::order);
	}

	/**
	 * Orders in a status, newest first, from {@code after} on (staff lists): index
	 * (status, createdAt, _id), walked backwards.
	 */
	Flux<Order> inStatus(OrderStatus status, After after, int limit) {
		return many(ORDERS, OrderPartRepository.newestFirst(Filters.eq("status", status.name()), "createdAt", after),
				Sorts.descending("createdAt", "_id"), limit)
			.map(OrderRepository::order);
	}

	/**
	 * Orders that had a payment given back, latest change first: by the flag
	 * {@value #RETURNED} stored with the first one, from index (flag, updatedAt).
	 */
	Flux<Order> withReturnedPayments(After after, int limit) {
		return many(ORDERS, OrderPartRepository.newestFirst(Filters.eq(RETURNED, true), "updatedAt", after),
				Sorts.descending("updatedAt", "_id"), limit)
			.map(OrderRepository::order);
	}

	/** Unpaid orders whose hold ended before {@code now}. */
	Flux<Order> holdsEnded(Instant now, int limit) {
		return many(ORDERS, Filters.and(Filters.eq("status", OrderStatus.AWAITING_PAYMENT.name()),
				Filters.lt("reservedUntil", Date.from(now))), null, limit)
			.map(OrderRepository::order);
	}

	/** Orders still PLACING since before {@code before}. */
	Flux<Order> placingSince(Instant before, int limit) {
		return many(ORDERS, Filters.and(Filters.eq("status", OrderStatus.PLACING.name()),
				Filters.lt("createdAt", Date.from(before))), null, limit)
			.map(OrderRepository::order);
	}

	/**
	 * Closed orders whose stock was not (yet) all given back: by equality on (status,
	 * stockReleased), which an index serves, so the released ones are not read. The field
	 * is stored from the start and written with every change of status.
	 */
	Flux<Order> stockNotReleased(int limit) {
		return many(ORDERS, Filters.and(Filters.in("status", closed()), Filters.eq("stockReleased", false)), null,
				limit)
			.map(OrderRepository::order);
	}

	/**
	 * Paid orders whose follow-up was not (yet) done: by equality on (status,
	 * paidFollowUp), which an index serves. (Orders written before the field was stored
	 * from the start lack it; there were none outside tests when this changed.)
	 */
	Flux<Order> paidNotFollowedUp(int limit) {
		return many(ORDERS,
				Filters.and(Filters.eq("status", OrderStatus.PAID.name()), Filters.eq("paidFollowUp", false)), null,
				limit)
			.map(OrderRepository::order);
	}

	/**
	 * A new order; a second one with the same checkout key fails with the driver's
	 * duplicate key error.
	 */
	Mono<Order> insert(Order order) {
		return orders().flatMap((orders) -> Mono.from(orders.insertOne(document(order)))).thenReturn(order);
	}

	/**
	 * Stores a move: only while the stored order is still in {@code before}'s status
	 * (with the same hold end and follow-up mark).
	 * @return {@code after}, or empty when another move came first
	 */
	Mono<Order> save(Order before, Order after) {
		Bson filter = Filters.and(Filters.eq("_id", before.id()), Filters.eq("status", before.status().name()),
				Filters.eq("reservedUntil", date(before.reservedUntil())),
				before.paidFollowUp() ? Filters.eq("paidFollowUp", true) : Filters.ne("paidFollowUp", true));
		List<Bson> sets = new ArrayList<>();
		set(sets, "status", before.status(), after.status(), after.status().name());
		set(sets, "reservedUntil", before.reservedUntil(), after.reservedUntil(), date(after.reservedUntil()));
		if (before.stockReleased() != after.stockReleased() || before.status() != after.status()) {
			// Also on a change of status, so an order stored without the field has it
			// by the time it closes.
			sets.add(Updates.set("stockReleased", after.stockReleased()));
		}
		set(sets, "paidFollowUp", before.paidFollowUp(), after.paidFollowUp(), after.paidFollowUp());
		set(sets, "payment", before.payment(), after.payment(), payment(after.payment()));
		set(sets, "flag", before.flag(), after.flag(), flag(after.flag()));
		set(sets, "start", before.start(), after.start(), start(after.start()));
		set(sets, "outOfStock", before.outOfStock(), after.outOfStock(), after.outOfStock());
		set(sets, "updatedAt", before.updatedAt(), after.updatedAt(), date(after.updatedAt()));
		if (sets.isEmpty()) {
			return Mono.just(after);
		}
		return orders().flatMap((orders) -> Mono.from(orders.updateOne(filter, Updates.combine(sets))))
			.filter((result) -> result.getMatchedCount() == 1)
			.map((result) -> after);
	}

	/**
	 * Records a payment to give back, once per reference however many deliveries race.
	 * @return the order as stored after it
	 */
	Mono<Order> addReturnedPayment(String orderId, Order.ReturnedPayment returned) {
		Bson notYet = Filters.and(Filters.eq("_id", orderId),
				Filters.ne("returnedPayments.reference", returned.reference()));
		return orders()
			.flatMap(
					(orders) -> Mono.from(orders.updateOne(notYet,
							Updates.combine(Updates.push("returnedPayments", returned(returned)),
									Updates.set(RETURNED, true), Updates.set("updatedAt", date(returned.at()))))))
			.then(find(orderId));
	}

	/** The gateway's answer to a payment being given back, stored while REFUNDING. */
	Mono<Order> answerReturnedPayment(String orderId, String reference, RefundResult answer, Instant now) {
		Bson refunding = Filters.and(Filters.eq("_id", orderId), Filters.elemMatch("returnedPayments", Filters
			.and(Filters.eq("reference", reference), Filters.eq("refundStatus", Order.ReturnedPayment.REFUNDING))));
		return orders().flatMap((orders) -> Mono.from(orders.updateOne(refunding,
				Updates.combine(Updates.set("returnedPayments.$.refundStatus", answer.status()),
						Updates.set("returnedPayments.$.refundId", answer.externalId()),
						Updates.set("updatedAt", date(now))))))
			.then(find(orderId));
	}

	static List<String> closed() {
		return List.of(OrderStatus.CANCELLED.name(), OrderStatus.EXPIRED.name(), OrderStatus.NOT_PLACED.name());
	}

	// ------------------------------------------------------------------ mapping
	// By hand, field by field: the stored names are the contract of docs/data-model.md,
	// amounts as ...Minor plus a currency code.

	static Order order(Document document) {
		String method = document.getString("paymentMethod");
		String currency = document.get("currency", "INR");
		return new Order(document.getString("_id"), document.getString("number"), document.getString("buyerId"),
				contact(document.get("contact", Document.class)),
				address(document.get("shippingAddress", Document.class)),
				(method != null) ? PaymentMethod.valueOf(method) : null, document.getString("gateway"),
				OrderStatus.valueOf(document.getString("status")), money(document.get("totalMinor"), currency),
				instant(document.get("reservedUntil")), document.getList("partIds", String.class, List.of()),
				document.getList("reservations", Document.class, List.of())
					.stream()
					.map(OrderRepository::reservation)
					.toList(),
				Boolean.TRUE.equals(document.getBoolean("stockReleased")),
				Boolean.TRUE.equals(document.getBoolean("paidFollowUp")),
				payment(document.get("payment", Document.class)), flag(document.get("flag", Document.class)),
				start(document.get("start", Document.class)), document.getString("checkoutKey"),
				document.getString("outOfStock"), document.getString("returnUrl"), instant(document.get("createdAt")),
				instant(document.get("updatedAt")),
				document.getList("returnedPayments", Document.class, List.of())
					.stream()
					.map(OrderRepository::returned)
					.toList());
	}

	static Document document(Order order) {
		return new Document("_id", order.id()).append("number", order.number())
			.append("buyerId", order.buyerId())
			.append("contact", contact(order.contact()))
			.append("shippingAddress", address(order.shippingAddress()))
			.append("paymentMethod", (order.paymentMethod() != null) ? order.paymentMethod().name() : null)
			.append("gateway", order.gateway())
			.append("status", order.status().name())
			.append("totalMinor", order.total().minor())
			.append("currency", order.total().currency().getCurrencyCode())
			.append("partIds", order.partIds())
			.append("reservations", order.reservations().stream().map(OrderRepository::reservation).toList())
			.append("returnUrl", order.returnUrl())
			.append("checkoutKey", order.checkoutKey())
			// Stored false from the start, so the follow-up sweep asks for it by
			// equality.
			.append("paidFollowUp", order.paidFollowUp())
			// The same for the stock-release sweep.
			.append("stockReleased", order.stockReleased())
			.append("createdAt", date(order.createdAt()))
			.append("updatedAt", date(order.updatedAt()));
	}

	private static Order.Contact contact(Document document) {
		return (document != null) ? new Order.Contact(document.getString("name"), document.getString("email"),
				document.getString("phone"), document.getString("language")) : null;
	}

	private static Document contact(Order.Contact contact) {
		return (contact != null) ? new Document("name", contact.name()).append("email", contact.email())
			.append("phone", contact.phone())
			.append("language", contact.language()) : null;
	}

	private static Order.Address address(Document document) {
		return (document != null) ? new Order.Address(document.getString("name"), document.getString("line1"),
				document.getString("line2"), document.getString("city"), document.getString("district"),
				document.getString("state"), document.getString("pinCode")) : null;
	}

	private static Document address(Order.Address address) {
		return (address != null) ? new Document("name", address.name()).append("line1", address.line1())
			.append("line2", address.line2())
			.append("city", address.city())
			.append("district", address.district())
			.append("state", address.state())
			.append("pinCode", address.pinCode()) : null;
	}

	private static Order.Reservation reservation(Document document) {
		return new Order.Reservation(document.getString("key"), document.getString("partId"),
				document.getString("listingId"), document.get("quantity", Number.class).intValue());
	}

	private static Document reservation(Order.Reservation reservation) {
		return new Document("key", reservation.key()).append("partId", reservation.partId())
			.append("listingId", reservation.listingId())
			.append("quantity", reservation.quantity());
	}

	private static Order.Payment payment(Document document) {
		return (document != null)
				? new Order.Payment(document.getString("reference"),
						money(document.get("amountMinor"), document.get("currency", "INR")),
						document.getString("source"), document.getString("recordedBy"), instant(document.get("at")))
				: null;
	}

	static Document payment(Order.Payment payment) {
		return (payment != null)
				? new Document("reference", payment.reference()).append("amountMinor", payment.amount().minor())
					.append("currency", payment.amount().currency().getCurrencyCode())
					.append("source", payment.source())
					.append("recordedBy", payment.recordedBy())
					.append("at", date(payment.at()))
				: null;
	}

	private static Order.Flag flag(Document document) {
		return (document != null) ? new Order.Flag(document.getString("reason"), instant(document.get("at"))) : null;
	}

	static Document flag(Order.Flag flag) {
		return (flag != null) ? new Document("reason", flag.reason()).append("at", date(flag.at())) : null;
	}

	private static Order.Start start(Document document) {
		return (document != null)
				? new Order.Start(document.getString("gateway"), document.getString("redirectUrl"),
						document.getString("externalId"), document.getString("method"), document.getString("payee"),
						document.getString("account"), document.getString("reference"), document.getString("note"))
				: null;
	}

	static Document start(Order.Start start) {
		if (start == null) {
			return null;
		}
		Document saved = new Document("gateway", start.gateway()).append("redirectUrl", start.redirectUrl())
			.append("externalId", start.externalId());
		if (start.method() != null) {
			saved.append("method", start.method())
				.append("payee", start.payee())
				.append("account", start.account())
				.append("reference", start.reference())
				.append("note", start.note());
		}
		return saved;
	}

	private static Order.ReturnedPayment returned(Document document) {
		return new Order.ReturnedPayment(document.getString("reference"),
				money(document.get("amountMinor"), document.get("currency", "INR")), document.getString("source"),
				document.getString("reason"), document.getString("refundKey"), document.getString("refundStatus"),
				document.getString("refundId"), instant(document.get("at")));
	}

	static Document returned(Order.ReturnedPayment returned) {
		return new Document("reference", returned.reference()).append("amountMinor", returned.amount().minor())
			.append("currency", returned.amount().currency().getCurrencyCode())
			.append("source", returned.source())
			.append("reason", returned.reason())
			.append("refundKey", returned.refundKey())
			.append("refundStatus", returned.refundStatus())
			.append("refundId", returned.refundId())
			.append("at", date(returned.at()));
	}

	static Money money(Object minor, String currency) {
		return Money.of((minor instanceof Number number) ? number.longValue() : 0L,
				(currency != null) ? currency : "INR");
	}

	static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

	// ------------------------------------------------------------------ helpers

	static <T> void set(List<Bson> sets, String field, Object before, Object after, T stored) {
		if (!Objects.equals(before, after)) {
			sets.add(Updates.set(field, stored));
		}
	}

	static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private Mono<Document> one(String collection, Bson filter) {
		return one(this.mongo.getCollection(collection), filter);
	}

	private Flux<Document> many(String collection, Bson filter, Bson sort, int limit) {
		return many(this.mongo.getCollection(collection), filter, sort, limit);
	}

	static Mono<Document> one(Mono<MongoCollection<Document>> collection, Bson filter) {
		return collection.flatMap((documents) -> Mono.from(documents.find(filter).first()));
	}

	static Flux<Document> many(Mono<MongoCollection<Document>> collection, Bson filter, Bson sort, int limit) {
		return collection.flatMapMany((documents) -> {
			var found = documents.find(filter);
			if (sort != null) {
				found = found.sort(sort);
			}
			if (limit > 0) {
				found = found.limit(limit);
			}
			return Flux.from(found);
		});
	}

	private Mono<MongoCollection<Document>> orders() {
		return this.mongo.getCollection(ORDERS);
	}

}
