package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.catalog.StockReservations;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentStart;
import ladakh.crafts.marketplace.payments.PaymentUnavailableException;
import ladakh.crafts.marketplace.sellers.SellingNow;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Places an order without transactions (docs/decisions/0022): the order and its parts are
 * written PLACING with every line's reservation key first, then each line's stock is
 * reserved by one conditional decrement, then parts and order move to AWAITING_PAYMENT. A
 * line that cannot be reserved gives every reservation back and the order becomes
 * NOT_PLACED; a checkout that stops half way is undone by the sweeper. The checkout key
 * is unique, so a retried request answers the same order and never places a second one.
 */
@Service
public class Checkout {

	private final ReactiveMongoTemplate mongo;

	private final Listings listings;

	private final StockReservations stock;

	private final OrderReservations reservations;

	private final Orders orders;

	private final PaymentOptions payments;

	private final PaymentHolds holds;

	private final SellingNow sellingNow;

	private final OrdersProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** How a line's stock is taken: the guarded reservation, except in the benchmark. */
	private final Reserve reserve;

	/** The buyer's caps on unpaid orders and reserved pieces. */
	private final UnpaidHolds unpaidHolds;

	@Autowired
	Checkout(ReactiveMongoTemplate mongo, Listings listings, SellingNow sellingNow, StockReservations stock,
			OrderReservations reservations, Orders orders, PaymentOptions payments, PaymentHolds holds,
			OrdersProperties properties, ApplicationEventPublisher events, Clock clock, UnpaidHolds unpaidHolds) {
		this(mongo, listings, sellingNow, stock, reservations, orders, payments, holds, properties, events, clock,
				stock::reserve, unpaidHolds);
	}

	private Checkout(ReactiveMongoTemplate mongo, Listings listings, SellingNow sellingNow, StockReservations stock,
			OrderReservations reservations, Orders orders, PaymentOptions payments, PaymentHolds holds,
			OrdersProperties properties, ApplicationEventPublisher events, Clock clock, Reserve reserve,
			UnpaidHolds unpaidHolds) {
		this.mongo = mongo;
		this.listings = listings;
		this.sellingNow = sellingNow;
		this.stock = stock;
		this.reservations = reservations;
		this.orders = orders;
		this.payments = payments;
		this.holds = holds;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.reserve = reserve;
		this.unpaidHolds = unpaidHolds;
	}

	@FunctionalInterface
	private interface Reserve {

		Mono<Boolean> reserve(String listingId, String key, int quantity);

	}

	/**
	 * Places the order (or answers the one already placed with this key) and starts its
	 * payment.
	 * @return the order with its parts; errors: {@link OutOfStock},
	 * {@link CheckoutRefused}, {@link PaymentPending} (placed, but the gateway failed)
	 */
	public Mono<Orders.PlacedOrder> place(CheckoutRequest request) {
		String checkoutKey = request.buyerId() + ":" + request.key();
		return this.mongo
			.findOne(
					org.springframework.data.mongodb.core.query.Query.query(
							org.springframework.data.mongodb.core.query.Criteria.where("checkoutKey").is(checkoutKey)),
					Document.class, Order.COLLECTION)
			.map(Order::of)
			.flatMap(this::resume)
			.switchIfEmpty(Mono.defer(() -> request.lines().isEmpty()
					? Mono.error(new CheckoutRefused("cart", "checkout.refused.emptyCart"))
					: priced(request).flatMap((parts) -> insert(request, checkoutKey, parts))));
	}

	/**
	 * Starts the payment again for an order whose gateway failed (same order, same key).
	 */
	public Mono<Orders.PlacedOrder> retryPayment(String buyerId, String orderId) {
		return this.orders.ofBuyer(buyerId, orderId).flatMap(this::resume);
	}

	private Mono<Orders.PlacedOrder> resume(Order order) {
		return switch (order.status()) {
			case NOT_PLACED -> Mono.error(new OutOfStock(order.outOfStock(), titleOf(order)));
			case PLACING -> Mono.error(new CheckoutRefused(null, "checkout.refused.stillPlacing"));
			case AWAITING_PAYMENT ->
				(order.start() == null) ? startPayment(order) : this.orders.withParts(Mono.just(order));
			default -> this.orders.withParts(Mono.just(order));
		};
	}

	private static String titleOf(Order order) {
		return (order.outOfStock() != null) ? order.outOfStock() : "an item";
	}

	// ------------------------------------------------------------------ pricing

	private record Priced(String sellerId, List<OrderPart.Line> lines) {

		long subtotal() {
			return this.lines.stream().mapToLong(OrderPart.Line::lineTotalMinor).sum();
		}

	}

	private Mono<List<Priced>> priced(CheckoutRequest request) {
		return Flux.fromIterable(request.lines())
			.concatMap((line) -> this.listings.any(line.listingId())
				.filter((listing) -> listing.status() == ListingStatus.PUBLISHED)
				.switchIfEmpty(Mono.error(new OutOfStock(line.listingId(), line.listingId())))
				.map((listing) -> Map.entry(listing, line.quantity())))
			.collectList()
			.zipWhen((lines) -> this.sellingNow
				.among(lines.stream().map((line) -> line.getKey().sellerId()).distinct().toList()))
			.flatMap((found) -> {
				List<Map.Entry<Listing, Integer>> lines = found.getT1();
				Map<String, List<OrderPart.Line>> bySeller = new LinkedHashMap<>();
				for (Map.Entry<Listing, Integer> entry : lines) {
					Listing listing = entry.getKey();
					int quantity = entry.getValue();
					if (!found.getT2().contains(listing.sellerId())) {
						// Still PUBLISHED, but its maker is suspended or their
						// registration ran out.
						return Mono
							.error(new CheckoutRefused(null, "checkout.refused.makerNotSelling", listing.title()));
					}
					if (!listing.madeToOrder() && quantity > listing.stock()) {
						return Mono.error(new OutOfStock(listing.id(), listing.title().in(Locale.ENGLISH)));
					}
					bySeller.computeIfAbsent(listing.sellerId(), (seller) -> new ArrayList<>())
						.add(new OrderPart.Line(listing.id(), listing.title().in(Locale.ENGLISH), listing.craft(),
								quantity, listing.priceMinor(), listing.priceMinor() * quantity, listing.madeToOrder(),
								listing.leadTimeDays()));
				}
				if (!this.payments.offered(bySeller.keySet()).contains(request.method())) {
					return Mono.error(new CheckoutRefused("paymentMethod", "checkout.refused.paymentMethod"));
				}
				return Mono.just(bySeller.entrySet()
					.stream()
					.map((entry) -> new Priced(entry.getKey(), entry.getValue()))
					.toList());
			});
	}

	// ------------------------------------------------------------------ writes

	private Mono<Orders.PlacedOrder> insert(CheckoutRequest request, String checkoutKey, List<Priced> parts) {
		Instant now = this.clock.instant();
		String orderId = "ord-" + UUID.randomUUID();
		return nextNumber(now).flatMap((number) -> {
			List<String> partIds = new ArrayList<>();
			List<Document> partDocuments = new ArrayList<>();
			List<Document> reservations = new ArrayList<>();
			long total = 0;
			int n = 0;
			for (Priced part : parts) {
				String partId = orderId + "-" + (partIds.size() + 1);
				partIds.add(partId);
				total += part.subtotal();
				partDocuments.add(new Document("_id", partId).append("orderId", orderId)
					.append("orderNumber", number)
					.append("buyerId", request.buyerId())
					.append("sellerId", part.sellerId())
					.append("status", PartStatus.PLACING.name())
					.append("lines", part.lines().stream().map(OrderPart.Line::document).toList())
					.append("subtotalMinor", part.subtotal())
					.append("currency", "INR")
					.append("createdAt", Date.from(now))
					.append("updatedAt", Date.from(now)));
				for (OrderPart.Line line : part.lines()) {
					n++;
					if (!line.madeToOrder()) {
						reservations
							.add(new Order.Reservation(orderId + ":" + n, partId, line.listingId(), line.quantity())
								.document());
					}
				}
			}
			Document order = new Document("_id", orderId).append("number", number)
				.append("buyerId", request.buyerId())
				.append("contact", request.contact().document())
				.append("shippingAddress", request.address().document())
				.append("paymentMethod", request.method().name())
				.append("gateway", this.payments.gatewayFor(request.method()).map(PaymentGateway::name).orElse(null))
				.append("status", OrderStatus.PLACING.name())
				.append("totalMinor", total)
				.append("currency", "INR")
				.append("partIds", partIds)
				.append("reservations", reservations)
				.append("returnUrl", request.returnUrl())
				.append("checkoutKey", checkoutKey)
				.append("createdAt", Date.from(now))
				.append("updatedAt", Date.from(now));
			int pieces = reservations.stream().mapToInt((line) -> line.get("quantity", Number.class).intValue()).sum();
			// The buyer's place among their unpaid orders first (decision 0033): a
			// refusal
			// leaves nothing written.
			return this.unpaidHolds.take(request.buyerId(), orderId, pieces)
				.then(this.mongo.insert(order, Order.COLLECTION))
				.thenMany(this.mongo.insert(partDocuments, OrderPart.COLLECTION))
				.then(this.orders.find(orderId))
				.flatMap(this::reserveAll)
				// The same key raced in from a second request: answer that order.
				.onErrorResume(Checkout::duplicate, (ex) -> this.unpaidHolds.giveBack(request.buyerId(), orderId)
					.then(this.mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
							org.springframework.data.mongodb.core.query.Criteria.where("checkoutKey").is(checkoutKey)),
							Document.class, Order.COLLECTION)
						.map(Order::of)
						.flatMap(this::resume)));
		});
	}

	private Mono<Orders.PlacedOrder> reserveAll(Order order) {
		return Flux.fromIterable(order.reservations())
			.concatMap((reservation) -> this.reserve
				.reserve(reservation.listingId(), reservation.key(), reservation.quantity())
				.map((reserved) -> reserved ? "" : reservation.listingId()))
			.filter((failed) -> !failed.isEmpty())
			.next()
			.flatMap((failed) -> notPlaced(order, failed))
			.switchIfEmpty(Mono.defer(() -> placed(order)));
	}

	private Mono<Orders.PlacedOrder> notPlaced(Order order, String listingId) {
		Date now = Date.from(this.clock.instant());
		return releaseAll(order).then(this.unpaidHolds.giveBack(order.buyerId(), order.id()))
			.then(setStatus(Order.COLLECTION,
					Filters.and(Filters.eq("_id", order.id()), Filters.eq("status", OrderStatus.PLACING.name())),
					Updates.combine(Updates.set("status", OrderStatus.NOT_PLACED.name()),
							Updates.set("outOfStock", listingId), Updates.set("stockReleased", true),
							Updates.set("updatedAt", now))))
			.then(setStatus(OrderPart.COLLECTION,
					Filters.and(Filters.eq("orderId", order.id()), Filters.eq("status", PartStatus.PLACING.name())),
					Updates.combine(Updates.set("status", PartStatus.NOT_PLACED.name()),
							Updates.set("updatedAt", now))))
			.then(this.listings.any(listingId)
				.map((listing) -> listing.title().in(Locale.ENGLISH))
				.defaultIfEmpty(listingId))
			.flatMap((title) -> Mono.error(new OutOfStock(listingId, title)));
	}

	private Mono<Void> releaseAll(Order order) {
		return this.reservations.releaseAll(order);
	}

	private Mono<Orders.PlacedOrder> placed(Order order) {
		Instant now = this.clock.instant();
		// A card order holds its pieces as long as the card page it is paid on stays
		// open.
		Duration hold = (order.paymentMethod() == PaymentMethod.CARD) ? this.properties.cardHold()
				: this.properties.reservationTtl();
		Date until = Date.from(now.plus(hold));
		return setStatus(OrderPart.COLLECTION,
				Filters.and(Filters.eq("orderId", order.id()), Filters.eq("status", PartStatus.PLACING.name())),
				Updates.combine(Updates.set("status", PartStatus.AWAITING_PAYMENT.name()),
						Updates.set("updatedAt", Date.from(now))))
			.then(setStatus(Order.COLLECTION,
					Filters.and(Filters.eq("_id", order.id()), Filters.eq("status", OrderStatus.PLACING.name())),
					Updates.combine(Updates.set("status", OrderStatus.AWAITING_PAYMENT.name()),
							Updates.set("reservedUntil", until), Updates.set("updatedAt", Date.from(now)))))
			.flatMap((moved) -> moved ? this.orders.find(order.id()) : abandoned(order))
			.doOnNext((placedOrder) -> this.events.publishEvent(new OrderPlaced(placedOrder.id())))
			.flatMap(this::startPayment);
	}

	/**
	 * The sweeper undid this checkout meanwhile (it took longer than the placing
	 * timeout): give back whatever was reserved after its pass, and its parts.
	 */
	private Mono<Order> abandoned(Order order) {
		Date now = Date.from(this.clock.instant());
		return releaseAll(order)
			.then(setStatus(OrderPart.COLLECTION,
					Filters.and(Filters.eq("orderId", order.id()),
							Filters.in("status", PartStatus.PLACING.name(), PartStatus.AWAITING_PAYMENT.name())),
					Updates.combine(Updates.set("status", PartStatus.CANCELLED.name()), Updates.set("updatedAt", now))))
			.then(Mono.error(new CheckoutRefused(null, "checkout.refused.tooSlow")));
	}

	private Mono<Orders.PlacedOrder> startPayment(Order order) {
		PaymentGateway gateway = this.payments.gatewayFor(order.paymentMethod()).orElse(null);
		if (gateway == null) {
			return Mono
				.error(new PaymentPending(order.id(), order.number(), "This payment method is not available now."));
		}
		// A hosted page must close when the hold ends, and cannot close sooner than the
		// gateway's lead time: the hold is extended for it, within limits.
		Mono<Instant> payBy = !gateway.leadTime().isZero()
				? this.holds.holdFor(order.id(), gateway.leadTime())
					.switchIfEmpty(Mono.error(() -> new CheckoutRefused(null, "payment.retry.notPayable")))
				: Mono.justOrEmpty(order.reservedUntil());
		Mono<Document> stored = this.mongo.findById(order.id(), Document.class, Order.COLLECTION);
		return stored.zipWith(payBy.map(Optional::of).defaultIfEmpty(Optional.empty()))
			.flatMap((found) -> gateway
				.start(new PaymentRequest(order.id(), order.number(), order.totalMinor(), order.currency(),
						order.paymentMethod(), order.contact().email(), found.getT1().getString("returnUrl"), 1,
						found.getT2().orElse(null)))
				.flatMap((start) -> saveStart(order, start)))
			.onErrorMap(PaymentUnavailableException.class,
					(ex) -> new PaymentPending(order.id(), order.number(), ex.getMessage()))
			.then(this.orders.withParts(this.orders.find(order.id())));
	}

	private Mono<Boolean> saveStart(Order order, PaymentStart start) {
		Document saved = new Document("gateway", start.gateway()).append("redirectUrl", start.redirectUrl())
			.append("externalId", start.externalId());
		if (start.instructions() != null) {
			saved.append("method", start.instructions().method().name())
				.append("payee", start.instructions().payee())
				.append("account", start.instructions().account())
				.append("reference", start.instructions().reference())
				.append("note", start.instructions().note());
		}
		return setStatus(Order.COLLECTION, Filters.eq("_id", order.id()), Updates.combine(Updates.set("start", saved),
				Updates.set("updatedAt", Date.from(this.clock.instant()))));
	}

	private Mono<Boolean> setStatus(String collection, Bson filter, Bson update) {
		return this.mongo.getCollection(collection)
			.flatMap((documents) -> Mono.from(documents.updateMany(filter, update)))
			.map((result) -> result.getModifiedCount() > 0);
	}

	private Mono<String> nextNumber(Instant now) {
		int year = now.atZone(ZoneId.of("Asia/Kolkata")).getYear();
		return this.mongo.getCollection("counters")
			.flatMap((counters) -> Mono
				.from(counters.findOneAndUpdate(Filters.eq("_id", "orderno/" + year), Updates.inc("seq", 1L),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))))
			.map((counter) -> String.format("LC-%d-%06d", year, counter.get("seq", Number.class).longValue()));
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof com.mongodb.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
