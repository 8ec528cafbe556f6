package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import ladakh.crafts.marketplace.catalog.StockReleases;
import ladakh.crafts.marketplace.catalog.StockReservations;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A seller part after payment: PAID → PACKED → SHIPPED → DELIVERED, or CANCELLED before
 * shipping, or RETURNED. The part decides each move ({@link OrderPart#pack},
 * {@link OrderPart#ship}, ...); the repository stores it conditionally on the status it
 * was read in, so two clicks, two instances or a retry never move a part twice. A cancel
 * is a sequence of idempotent steps after the winning transition: give each reserved line
 * back to stock once (the line is claimed in the part first), refund through the gateway
 * that took the money, write the refund to the revenue ledger (keyed, so once), then tell
 * the other areas.
 */
@Service
public class Fulfilment {

	private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);

	/** Open refunds a retry pass takes up at most. */
	static final int REFUND_BATCH = 100;

	private final OrderRepository orders;

	private final OrderPartRepository parts;

	private final Clock clock;

	private final StockReleases stock;

	private final RevenueLedger ledger;

	private final ObjectProvider<PaymentGateway> gateways;

	private final ApplicationEventPublisher events;

	private final SellerPolicies policies;

	private final StockReservations reservations;

	Fulfilment(OrderRepository orders, OrderPartRepository parts, Clock clock, StockReleases stock,
			RevenueLedger ledger, ObjectProvider<PaymentGateway> gateways, ApplicationEventPublisher events,
			SellerPolicies policies, StockReservations reservations) {
		this.orders = orders;
		this.parts = parts;
		this.policies = policies;
		this.reservations = reservations;
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
	public Mono<Page<OrderPart>> partsOf(String sellerId, String status, After after) {
		Flux<OrderPart> read;
		if (status == null || status.isBlank()) {
			read = this.parts.partsOfSeller(sellerId, null, after, Page.SIZE + 1);
		}
		else {
			read = Arrays.stream(PartStatus.values())
				.filter((candidate) -> candidate.name().equals(status))
				.findFirst()
				.map((known) -> this.parts.partsOfSeller(sellerId, known, after, Page.SIZE + 1))
				.orElse(Flux.empty());
		}
		return read.collectList()
			.map((parts) -> Page.of(parts, Page.SIZE, (part) -> After.of(part.createdAt(), part.id())));
	}

	/**
	 * A seller's newest few parts, in a status or (null) any that needed fulfilment, for
	 * their home page.
	 */
	public Flux<OrderPart> latestPartsOf(String sellerId, PartStatus status, int limit) {
		return this.parts.partsOfSeller(sellerId, status, null, limit);
	}

	/**
	 * A seller's oldest few parts in a status, for their home page's parts to pack: those
	 * that have waited longest are the late ones.
	 */
	public Flux<OrderPart> oldestPartsOf(String sellerId, PartStatus status, int limit) {
		return this.parts.oldestPartsOfSeller(sellerId, status, limit);
	}

	/**
	 * One of the seller's parts; {@link FulfilmentRefused} NOT_FOUND for anyone else's.
	 */
	public Mono<OrderPart> partOf(String sellerId, String partId) {
		return this.parts.part(partId)
			.filter((part) -> sellerId.equals(part.sellerId()))
			.switchIfEmpty(Mono.error(FulfilmentRefused::notFound));
	}

	/** A page of a buyer's orders, newest first, from {@code after} on. */
	public Mono<Page<OrderView>> ordersOf(String buyerId, After after) {
		return this.orders.ofBuyer(buyerId, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (order) -> After.of(order.createdAt(), order.id())))
			.flatMap((page) -> Flux.fromIterable(page.items())
				// A checkout that failed is not an order the buyer placed (no status
				// text, no invoice): not listed, though it may leave a page short.
				.filter((order) -> OrderStatus.VISIBLE.contains(order.status()))
				.concatMap(this::withParts)
				.collectList()
				.map((views) -> new Page<>(views, page.next())));
	}

	/** One of the buyer's orders; NOT_FOUND for anyone else's. */
	public Mono<OrderView> orderOf(String buyerId, String orderId) {
		return this.orders.find(orderId)
			.filter((order) -> buyerId.equals(order.buyerId()) && OrderStatus.VISIBLE.contains(order.status()))
			.flatMap(this::withParts)
			.switchIfEmpty(Mono.error(FulfilmentRefused::notFound));
	}

	/** Any order, for other areas' notices (no person's access involved). */
	public Mono<OrderView> order(String orderId) {
		return this.orders.find(orderId).flatMap(this::withParts);
	}

	private Mono<OrderView> withParts(Order order) {
		return this.parts.parts(order.id()).collectList().map((parts) -> OrderView.of(order, parts));
	}

	// ------------------------------------------------------------------ moves

	/** The most characters of a courier's name or a tracking number. */
	static final int MAX_SHORT_TEXT = 100;

	/** The most characters of a reason for a cancellation or a return. */
	static final int MAX_REASON = 500;

	public Mono<OrderPart> pack(String sellerId, String partId) {
		Instant now = this.clock.instant();
		return move(partOf(sellerId, partId), (part) -> part.pack(now));
	}

	public Mono<OrderPart> ship(String sellerId, String partId, String carrier, String trackingNumber) {
		if (unusable(carrier, MAX_SHORT_TEXT)) {
			return partOf(sellerId, partId).then(Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.carrier", "carrier")));
		}
		if (unusable(trackingNumber, MAX_SHORT_TEXT)) {
			return partOf(sellerId, partId).then(Mono.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID,
					"fulfilment.error.tracking", "trackingNumber")));
		}
		Instant now = this.clock.instant();
		return move(partOf(sellerId, partId), (part) -> part.ship(carrier.strip(), trackingNumber.strip(), now));
	}

	public Mono<OrderPart> deliver(String sellerId, String partId) {
		Instant now = this.clock.instant();
		return move(partOf(sellerId, partId), (part) -> part.deliver(now))
			.flatMap((part) -> settle(part).thenReturn(part));
	}

	/** The seller cancels their own part before it ships. */
	public Mono<OrderPart> cancelBySeller(String sellerId, String partId, String reason) {
		return cancel(partOf(sellerId, partId), "SELLER", reason);
	}

	/** The buyer cancels a part of their own order before it ships. */
	public Mono<OrderPart> cancelByBuyer(String buyerId, String orderId, String partId, String reason) {
		Mono<OrderPart> part = this.parts.part(partId)
			.filter((found) -> orderId.equals(found.orderId()) && buyerId.equals(found.buyerId()))
			.switchIfEmpty(Mono.error(FulfilmentRefused::notFound));
		return cancel(part, "BUYER", reason);
	}

	/**
	 * The seller takes back a delivered part within their return window and refunds it;
	 * the piece goes back to stock.
	 */
	public Mono<OrderPart> returnDelivered(String sellerId, String partId, String reason) {
		if (unusable(reason, MAX_REASON)) {
			return partOf(sellerId, partId).then(Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.reason", "reason")));
		}
		Instant now = this.clock.instant();
		return this.policies.of(sellerId)
			.flatMap((policy) -> move(partOf(sellerId, partId),
					(part) -> part.markReturned(reason.strip(), Duration.ofDays(policy.returnWindowDays()), now)))
			.flatMap(this::afterCancel);
	}

	private Mono<OrderPart> cancel(Mono<OrderPart> part, String by, String reason) {
		if (unusable(reason, MAX_REASON)) {
			return part.then(Mono
				.error(new FulfilmentRefused(FulfilmentRefused.Kind.INVALID, "fulfilment.error.reason", "reason")));
		}
		Instant now = this.clock.instant();
		return move(part, (found) -> found.cancel(by, reason.strip(), now)).flatMap(this::afterCancel);
	}

	/**
	 * One move of a part: the part decides, the repository stores it only while the part
	 * is still as read. A refused move, or one another request stored first, answers 409.
	 */
	private Mono<OrderPart> move(Mono<OrderPart> found, UnaryOperator<OrderPart> step) {
		return found.flatMap((part) -> {
			OrderPart moved;
			try {
				moved = step.apply(part);
			}
			catch (Refusal refusal) {
				return Mono.error(new FulfilmentRefused(FulfilmentRefused.Kind.CONFLICT, refusal.messageKey(), null));
			}
			return this.parts.save(part, moved)
				.doOnNext((stored) -> this.events.publishEvent(new PartStatusChanged(stored.id(), stored.orderId(),
						stored.sellerId(), stored.buyerId(), stored.status().name())))
				.switchIfEmpty(Mono.error(() -> new FulfilmentRefused(FulfilmentRefused.Kind.CONFLICT,
						(moved.status() == PartStatus.CANCELLED) ? "fulfilment.error.cancel"
								: "fulfilment.error.transition",
						null)));
		});
	}

	/**
	 * The steps after a part became CANCELLED or RETURNED. Each is safe to repeat, so a
	 * crash between them can be finished by running this again on the stored part.
	 */
	Mono<OrderPart> afterCancel(OrderPart part) {
		return restoreStock(part).then(refund(part))
			.flatMap((result) -> recordRefund(part, result))
			.then(this.parts.part(part.id()));
	}

	/**
	 * Finishes cancels and returns whose refund is still REQUESTED (the gateway failed,
	 * or the process stopped between steps) and that have waited at least {@code after}:
	 * every step is safe to repeat. At most {@value #REFUND_BATCH} a pass; the next pass
	 * takes the rest.
	 * @return how many parts were taken up again
	 */
	public Mono<Long> finishRefunds(Duration after) {
		return this.parts.refundsOpenSince(this.clock.instant().minus(after), REFUND_BATCH).concatMap((part) -> {
			this.events.publishEvent(new PartStatusChanged(part.id(), part.orderId(), part.sellerId(), part.buyerId(),
					part.status().name()));
			return afterCancel(part);
		}).count();
	}

	/**
	 * A cancelled part gives back its checkout reservations (by key, once: the orders
	 * decision record 0022); a returned part was settled at delivery, so its pieces come
	 * back by a plain release claimed per line in the part.
	 */
	private Mono<Void> restoreStock(OrderPart part) {
		if (part.status() != PartStatus.RETURNED) {
			return reservationsOf(part)
				.concatMap((reservation) -> this.reservations.release(reservation.listingId(), reservation.key(),
						reservation.quantity()))
				.then();
		}
		return Flux.fromIterable(part.lines())
			.filter((line) -> !line.madeToOrder() && line.quantity() > 0)
			.concatMap((line) -> this.parts.claimRestock(part.id(), line.listingId())
				.filter(Boolean::booleanValue)
				.flatMap((claimed) -> this.stock.release(line.listingId(), line.quantity())))
			.then();
	}

	/** A delivered part's pieces are sold for good: its reservation keys are dropped. */
	private Mono<Void> settle(OrderPart part) {
		return reservationsOf(part)
			.concatMap((reservation) -> this.reservations.settle(reservation.listingId(), reservation.key()))
			.then();
	}

	private Flux<Order.Reservation> reservationsOf(OrderPart part) {
		return this.orders.find(part.orderId()).flatMapIterable((order) -> order.reservationsOf(part.id()));
	}

	private Mono<RefundResult> refund(OrderPart part) {
		String refundKey = refundKey(part.id());
		return this.orders.find(part.orderId())
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap((found) -> {
				Order order = found.orElse(null);
				String gatewayName = (order != null && order.gateway() != null) ? order.gateway() : "OFFLINE";
				// The gateway's payment id is the reference it paid the order with; a
				// payment staff recorded by hand is paid back by hand.
				Order.Payment payment = (order != null) ? order.payment() : null;
				String externalPayment = (payment != null && gatewayName.equals(payment.source())) ? payment.reference()
						: null;
				// Cancelled before shipping: the pieces and the shipping; returned: the
				// pieces (decision 0053).
				RefundRequest request = new RefundRequest(part.orderId(), part.id(), part.refundDue(), refundKey,
						externalPayment);
				PaymentGateway gateway = this.gateways.orderedStream()
					.filter((candidate) -> candidate.name().equals(gatewayName))
					.findFirst()
					.orElse(null);
				if (gateway == null || !part.refundDue().isPositive()) {
					// No adapter for it here (the offline adapter only records what staff
					// must pay back): staff pay it back and record the reference later.
					return Mono.just(new RefundResult(refundKey, "TO_PAY_OFFLINE", null));
				}
				return gateway.refund(request);
			})
			.onErrorResume((ex) -> {
				log.warn("Refund of part {} not sent yet: {}", part.id(), ex.toString());
				return Mono.just(new RefundResult(refundKey, OrderPart.REFUND_REQUESTED, null));
			});
	}

	private Mono<Void> recordRefund(OrderPart part, RefundResult result) {
		Mono<Void> stored = this.parts.recordRefund(part, result, part.refundDue(), this.clock.instant());
		if (OrderPart.REFUND_REQUESTED.equals(result.status()) || !part.refundDue().isPositive()) {
			return Mono.empty();
		}
		String reference = (result.externalId() != null) ? result.externalId() : result.status();
		return stored
			.then(this.ledger.recordRefund(result.refundKey(), part.orderId(), part.id(), part.sellerId(),
					part.refundDue(), reference))
			.doOnNext((entry) -> this.events.publishEvent(
					new PartRefunded(part.id(), part.orderId(), part.sellerId(), part.refundDue(), result.refundKey())))
			.then();
	}

	static String refundKey(String partId) {
		return "refund:" + partId;
	}

	/** Missing, or longer than the field may be (the message says both). */
	private static boolean unusable(String value, int max) {
		return value == null || value.isBlank() || value.strip().length() > max;
	}

	/** Statuses a seller can filter the inbox by. */
	public static List<String> inboxStatuses() {
		return List.of("PAID", "PACKED", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED");
	}

}
