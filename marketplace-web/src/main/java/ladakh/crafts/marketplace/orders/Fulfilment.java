package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.catalog.StockReleases;
import ladakh.crafts.marketplace.catalog.StockReservations;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A seller part after payment: PAID → PACKED → SHIPPED → DELIVERED, or CANCELLED before
 * shipping. Every move is one conditional update on the current status, so two clicks,
 * two instances or a retry never move a part twice. A cancel is a sequence of idempotent
 * steps after the winning transition: give each reserved line back to stock once (the
 * line is claimed in the part first), refund through the gateway that took the money,
 * write the refund to the revenue ledger (keyed, so once), then tell the other areas.
 */
@Service
public class Fulfilment {

	public static final String ORDERS = "orders";

	public static final String PARTS = "order_parts";

	private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final StockReleases stock;

	private final RevenueLedger ledger;

	private final ObjectProvider<PaymentGateway> gateways;

	private final ApplicationEventPublisher events;

	private final SellerPolicies policies;

	private final StockReservations reservations;

	Fulfilment(ReactiveMongoTemplate mongo, Clock clock, StockReleases stock, RevenueLedger ledger,
			ObjectProvider<PaymentGateway> gateways, ApplicationEventPublisher events, SellerPolicies policies,
			StockReservations reservations) {
		this.policies = policies;
		this.reservations = reservations;
		this.mongo = mongo;
		this.clock = clock;
		this.stock = stock;
		this.ledger = ledger;
		this.gateways = gateways;
		this.events = events;
	}

	// ------------------------------------------------------------------ reading

	/**
	 * A seller's parts that need or had fulfilment, newest first; {@code status} may be
	 * null.
	 */
	public Flux<Part> partsOf(String sellerId, String status) {
		Criteria criteria = Criteria.where("sellerId").is(sellerId);
		if (status != null && !status.isBlank()) {
			criteria = criteria.and("status").is(status);
		}
		else {
			criteria = criteria.and("status").nin("AWAITING_PAYMENT", "EXPIRED");
		}
		return this.mongo
			.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")), Document.class, PARTS)
			.map(Part::of);
	}

	/**
	 * One of the seller's parts; {@link FulfilmentRefused} NOT_FOUND for anyone else's.
	 */
	public Mono<Part> partOf(String sellerId, String partId) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(partId).and("sellerId").is(sellerId)), Document.class, PARTS)
			.map(Part::of)
			.switchIfEmpty(Mono.error(FulfilmentRefused::notFound));
	}

	/** A buyer's orders, newest first. */
	public Flux<OrderView> ordersOf(String buyerId) {
		return this.mongo
			.find(Query.query(Criteria.where("buyerId").is(buyerId)).with(Sort.by(Sort.Direction.DESC, "createdAt")),
					Document.class, ORDERS)
			.concatMap(this::withParts);
	}

	/** One of the buyer's orders; NOT_FOUND for anyone else's. */
	public Mono<OrderView> orderOf(String buyerId, String orderId) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(orderId).and("buyerId").is(buyerId)), Document.class, ORDERS)
			.flatMap(this::withParts)
			.switchIfEmpty(Mono.error(FulfilmentRefused::notFound));
	}

	/** Any order, for other areas' notices (no person's access involved). */
	public Mono<OrderView> order(String orderId) {
		return this.mongo.findById(orderId, Document.class, ORDERS).flatMap(this::withParts);
	}

	private Mono<OrderView> withParts(Document order) {
		return this.mongo
			.find(Query.query(Criteria.where("orderId").is(order.getString("_id"))).with(Sort.by("_id")),
					Document.class, PARTS)
			.map(Part::of)
			.collectList()
			.map((parts) -> OrderView.of(order, parts));
	}

	// ------------------------------------------------------------------ moves

	/** The most characters of a courier's name or a tracking number. */
	static final int MAX_SHORT_TEXT = 100;

	/** The most characters of a reason for a cancellation or a return. */
	static final int MAX_REASON = 500;

	public Mono<Part> pack(String sellerId, String partId) {
		return move(sellerId, partId, "PAID", "PACKED", new Update());
	}

	public Mono<Part> ship(String sellerId, String partId, String carrier, String trackingNumber) {
		if (unusable(carrier, MAX_SHORT_TEXT)) {
			return partOf(sellerId, partId).then(Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.carrier", "carrier")));
		}
		if (unusable(trackingNumber, MAX_SHORT_TEXT)) {
			return partOf(sellerId, partId).then(Mono.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID,
					"fulfilment.error.tracking", "trackingNumber")));
		}
		Update update = new Update().set("shipment",
				new Document("carrier", carrier.strip()).append("trackingNumber", trackingNumber.strip())
					.append("shippedAt", Date.from(this.clock.instant())));
		return move(sellerId, partId, "PACKED", "SHIPPED", update);
	}

	public Mono<Part> deliver(String sellerId, String partId) {
		return move(sellerId, partId, "SHIPPED", "DELIVERED",
				new Update().set("deliveredAt", Date.from(this.clock.instant())))
			.flatMap((part) -> settle(part).thenReturn(part));
	}

	/** The seller cancels their own part before it ships. */
	public Mono<Part> cancelBySeller(String sellerId, String partId, String reason) {
		return cancel(Criteria.where("_id").is(partId).and("sellerId").is(sellerId), "SELLER", reason);
	}

	/** The buyer cancels a part of their own order before it ships. */
	public Mono<Part> cancelByBuyer(String buyerId, String orderId, String partId, String reason) {
		return cancel(Criteria.where("_id").is(partId).and("orderId").is(orderId).and("buyerId").is(buyerId), "BUYER",
				reason);
	}

	/**
	 * The seller takes back a delivered part within their return window and refunds it;
	 * the piece goes back to stock.
	 */
	public Mono<Part> returnDelivered(String sellerId, String partId, String reason) {
		if (unusable(reason, MAX_REASON)) {
			return partOf(sellerId, partId).then(Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.reason", "reason")));
		}
		Instant now = this.clock.instant();
		return partOf(sellerId, partId).flatMap((found) -> this.policies.of(sellerId).flatMap((policy) -> {
			Query query = Query.query(Criteria.where("_id")
				.is(partId)
				.and("sellerId")
				.is(sellerId)
				.and("status")
				.is("DELIVERED")
				.and("deliveredAt")
				.gte(Date.from(now.minus(java.time.Duration.ofDays(policy.returnWindowDays())))));
			Update update = new Update().set("status", "RETURNED")
				.set("cancel",
						new Document("by", "SELLER").append("reason", reason.strip()).append("at", Date.from(now)))
				.set("refund", new Document("status", "REQUESTED"))
				.set("updatedAt", Date.from(now));
			return this.mongo
				.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class, PARTS)
				.flatMap(this::afterCancel)
				.switchIfEmpty(Mono.error(() -> new FulfilmentRefused(FulfilmentRefused.Kind.CONFLICT,
						"DELIVERED".equals(found.status()) ? "fulfilment.error.window" : "fulfilment.error.transition",
						null)));
		}));
	}

	private Mono<Part> move(String sellerId, String partId, String from, String to, Update update) {
		Query query = Query.query(Criteria.where("_id").is(partId).and("sellerId").is(sellerId).and("status").is(from));
		update.set("status", to).set("updatedAt", Date.from(this.clock.instant()));
		return this.mongo
			.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class, PARTS)
			.map(Part::of)
			.doOnNext((part) -> this.events
				.publishEvent(new PartStatusChanged(part.id(), part.orderId(), part.sellerId(), part.buyerId(), to)))
			.switchIfEmpty(Mono.defer(() -> partOf(sellerId, partId).flatMap((part) -> Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.CONFLICT, "fulfilment.error.transition", null)))));
	}

	private Mono<Part> cancel(Criteria owner, String by, String reason) {
		if (unusable(reason, MAX_REASON)) {
			return this.mongo.findOne(Query.query(owner), Document.class, PARTS)
				.switchIfEmpty(Mono.error(FulfilmentRefused::notFound))
				.then(Mono
					.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.reason", "reason")));
		}
		Instant now = this.clock.instant();
		Query query = Query.query(Criteria.where("status").in(Part.CANCELLABLE)).addCriteria(owner);
		Update update = new Update().set("status", "CANCELLED")
			.set("cancel", new Document("by", by).append("reason", reason.strip()).append("at", Date.from(now)))
			.set("refund", new Document("status", "REQUESTED"))
			.set("updatedAt", Date.from(now));
		return this.mongo
			.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class, PARTS)
			.flatMap(this::afterCancel)
			.switchIfEmpty(Mono.defer(() -> this.mongo.findOne(Query.query(owner), Document.class, PARTS)
				.switchIfEmpty(Mono.error(FulfilmentRefused::notFound))
				.flatMap((part) -> Mono
					.error(new FulfilmentRefused(FulfilmentRefused.Kind.CONFLICT, "fulfilment.error.cancel", null)))));
	}

	/**
	 * The steps after a part became CANCELLED. Each is safe to repeat, so a crash between
	 * them can be finished by running this again on the stored part.
	 */
	Mono<Part> afterCancel(Document stored) {
		Part part = Part.of(stored);
		this.events.publishEvent(
				new PartStatusChanged(part.id(), part.orderId(), part.sellerId(), part.buyerId(), part.status()));
		return restoreStock(part).then(refund(part))
			.flatMap((result) -> recordRefund(part, result))
			.then(this.mongo.findById(part.id(), Document.class, PARTS).map(Part::of));
	}

	/**
	 * Finishes cancels and returns whose refund is still REQUESTED (the gateway failed,
	 * or the process stopped between steps) and that have waited at least {@code after}:
	 * every step is safe to repeat.
	 * @return how many parts were taken up again
	 */
	public Mono<Long> finishRefunds(java.time.Duration after) {
		Date before = Date.from(this.clock.instant().minus(after));
		return this.mongo.find(Query.query(Criteria.where("status")
			.in("CANCELLED", "RETURNED")
			.and("refund.status")
			.is("REQUESTED")
			.and("updatedAt")
			.lte(before)), Document.class, PARTS).concatMap(this::afterCancel).count();
	}

	/**
	 * A cancelled part gives back its checkout reservations (by key, once: the orders
	 * decision record 0022); a returned part was settled at delivery, so its pieces come
	 * back by a plain release claimed per line in the part.
	 */
	private Mono<Void> restoreStock(Part part) {
		if (!"RETURNED".equals(part.status())) {
			return reservationsOf(part)
				.concatMap((reservation) -> this.reservations.release(reservation.getString("listingId"),
						reservation.getString("key"), reservation.get("quantity", Number.class).intValue()))
				.then();
		}
		return Flux.fromIterable(part.lines())
			.filter((line) -> !line.madeToOrder() && line.quantity() > 0)
			.concatMap((line) -> this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(part.id()).and("restocked").ne(line.listingId())),
						new Update().addToSet("restocked", line.listingId()), PARTS)
				.filter((claimed) -> claimed.getModifiedCount() == 1)
				.flatMap((claimed) -> this.stock.release(line.listingId(), line.quantity())))
			.then();
	}

	/** A delivered part's pieces are sold for good: its reservation keys are dropped. */
	private Mono<Void> settle(Part part) {
		return reservationsOf(part)
			.concatMap((reservation) -> this.reservations.settle(reservation.getString("listingId"),
					reservation.getString("key")))
			.then();
	}

	private Flux<Document> reservationsOf(Part part) {
		return this.mongo.findById(part.orderId(), Document.class, ORDERS)
			.flatMapMany((order) -> Flux.fromIterable(order.getList("reservations", Document.class, List.of())))
			.filter((reservation) -> part.id().equals(reservation.getString("partId")));
	}

	private Mono<RefundResult> refund(Part part) {
		String refundKey = refundKey(part.id());
		return this.mongo.findById(part.orderId(), Document.class, ORDERS)
			.defaultIfEmpty(new Document())
			.flatMap((order) -> {
				String gatewayName = order.get("gateway", "OFFLINE");
				// The gateway's payment id is the reference it paid the order with; a
				// payment staff recorded by hand is paid back by hand.
				Document payment = order.get("payment", Document.class);
				String externalPayment = (payment != null && gatewayName.equals(payment.getString("source")))
						? payment.getString("reference") : null;
				RefundRequest request = new RefundRequest(part.orderId(), part.id(), part.subtotalMinor(),
						part.currency(), refundKey, externalPayment);
				PaymentGateway gateway = this.gateways.orderedStream()
					.filter((candidate) -> candidate.name().equals(gatewayName))
					.findFirst()
					.orElse(null);
				if (gateway == null || part.subtotalMinor() <= 0) {
					// No adapter for it here (the offline adapter only records what staff
					// must pay back): staff pay it back and record the reference later.
					return Mono.just(new RefundResult(refundKey, "TO_PAY_OFFLINE", null));
				}
				return gateway.refund(request);
			})
			.onErrorResume((ex) -> {
				log.warn("Refund of part {} not sent yet: {}", part.id(), ex.toString());
				return Mono.just(new RefundResult(refundKey, "REQUESTED", null));
			});
	}

	private Mono<Void> recordRefund(Part part, RefundResult result) {
		Document refund = new Document("key", result.refundKey()).append("status", result.status())
			.append("amountMinor", part.subtotalMinor())
			.append("externalId", result.externalId())
			.append("at", Date.from(this.clock.instant()));
		Mono<Void> stored = this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(part.id()).and("refund.status").is("REQUESTED")),
					new Update().set("refund", refund), PARTS)
			.then();
		if ("REQUESTED".equals(result.status()) || part.subtotalMinor() <= 0) {
			return Mono.empty();
		}
		String reference = (result.externalId() != null) ? result.externalId() : result.status();
		return stored
			.then(this.ledger.recordRefund(result.refundKey(), part.orderId(), part.id(), part.sellerId(),
					part.subtotalMinor(), part.currency(), reference))
			.doOnNext((entry) -> this.events.publishEvent(new PartRefunded(part.id(), part.orderId(), part.sellerId(),
					part.subtotalMinor(), part.currency(), result.refundKey())))
			.then();
	}

	static String refundKey(String partId) {
		return "refund:" + partId;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Missing, or longer than the field may be (the message says both). */
	private static boolean unusable(String value, int max) {
		return blank(value) || value.strip().length() > max;
	}

	/** Statuses a seller can filter the inbox by. */
	public static List<String> inboxStatuses() {
		return List.of("PAID", "PACKED", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED");
	}

}
