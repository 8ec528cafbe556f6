package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.catalog.StockReservations;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentStart;
import ladakh.crafts.marketplace.payments.PaymentUnavailableException;
import ladakh.crafts.marketplace.sellers.SellingNow;
import ladakh.crafts.marketplace.shared.Money;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Places an order without transactions (docs/decisions/0022), keeping the order and its
 * parts in memory between the steps: the order is written PLACING with every line's
 * reservation key first, then each line's stock is reserved by one conditional decrement,
 * then the parts are written and the order moves to AWAITING_PAYMENT with its payment
 * started, by one conditional update. A line that cannot be reserved gives every
 * reservation back and the order becomes NOT_PLACED; a checkout that stops half way is
 * undone by the sweeper. The checkout key is unique, so a retried request answers the
 * same order and never places a second one.
 */
@Service
public class Checkout {

	private final OrderRepository repository;

	private final OrderPartRepository parts;

	private final OrderNumberRepository numbers;

	private final Orders orders;

	private final Listings listings;

	private final StockReservations stock;

	private final OrderReservations reservations;

	private final PaymentOptions payments;

	private final PaymentHolds holds;

	private final SellingNow sellingNow;

	private final OrdersProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The buyer's caps on unpaid orders and reserved pieces. */
	private final UnpaidHolds unpaidHolds;

	/** Each seller's shipping rule, read as the order is placed. */
	private final SellerPolicies policies;

	Checkout(OrderRepository repository, OrderPartRepository parts, OrderNumberRepository numbers, Orders orders,
			Listings listings, SellingNow sellingNow, StockReservations stock, OrderReservations reservations,
			PaymentOptions payments, PaymentHolds holds, OrdersProperties properties, ApplicationEventPublisher events,
			Clock clock, UnpaidHolds unpaidHolds, SellerPolicies policies) {
		this.policies = policies;
		this.repository = repository;
		this.parts = parts;
		this.numbers = numbers;
		this.orders = orders;
		this.listings = listings;
		this.sellingNow = sellingNow;
		this.stock = stock;
		this.reservations = reservations;
		this.payments = payments;
		this.holds = holds;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.unpaidHolds = unpaidHolds;
	}

	/**
	 * Places the order (or answers the one already placed with this key) and starts its
	 * payment.
	 * @return the order with its parts; errors: {@link OutOfStock},
	 * {@link CheckoutRefused}, {@link PaymentPending} (placed, but the gateway failed)
	 */
	public Mono<Orders.PlacedOrder> place(CheckoutRequest request) {
		String checkoutKey = request.buyerId() + ":" + request.key();
		if (request.lines().isEmpty()) {
			// A retry after the order was placed comes with the cart emptied.
			return this.repository.findByCheckoutKey(checkoutKey)
				.flatMap(this::resume)
				.switchIfEmpty(Mono.error(() -> new CheckoutRefused("cart", "checkout.refused.emptyCart")));
		}
		// A retry with the same key is found by the unique key when the order is written.
		return priced(request).flatMap((parts) -> insert(request, checkoutKey, parts));
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
				(order.start() == null) ? restartPayment(order) : this.orders.withParts(Mono.just(order));
			default -> this.orders.withParts(Mono.just(order));
		};
	}

	private static String titleOf(Order order) {
		return (order.outOfStock() != null) ? order.outOfStock() : "an item";
	}

	// ------------------------------------------------------------------ pricing

	/**
	 * One seller's lines and the shipping fee their rule charges for them now, which the
	 * part keeps (docs/decisions/0053).
	 */
	private record Priced(String sellerId, List<OrderPart.Line> lines, Money shipping) {
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
					Money price = listing.price();
					bySeller.computeIfAbsent(listing.sellerId(), (seller) -> new ArrayList<>())
						.add(new OrderPart.Line(listing.id(), listing.title().in(Locale.ENGLISH), listing.craft(),
								quantity, price, price.times(quantity), listing.madeToOrder(), listing.leadTimeDays()));
				}
				if (!this.payments.offered(bySeller.keySet()).contains(request.method())) {
					return Mono.error(new CheckoutRefused("paymentMethod", "checkout.refused.paymentMethod"));
				}
				// The fee as the seller's rule has it at placing, judged on the part's
				// subtotal; one read for every seller of the cart.
				return this.policies.shipping(bySeller.keySet())
					.map((rules) -> bySeller.entrySet()
						.stream()
						.map((entry) -> new Priced(entry.getKey(), entry.getValue(),
								rules.get(entry.getKey()).feeFor(OrderPart.subtotalOf(entry.getValue()))))
						.toList());
			});
	}

	// ------------------------------------------------------------------ writes

	private Mono<Orders.PlacedOrder> insert(CheckoutRequest request, String checkoutKey, List<Priced> priced) {
		Instant now = this.clock.instant();
		String orderId = "ord-" + UUID.randomUUID();
		return this.numbers.nextNumber(now).flatMap((number) -> {
			List<OrderPart> parts = new ArrayList<>();
			List<Order.Reservation> reservations = new ArrayList<>();
			int n = 0;
			for (Priced part : priced) {
				String partId = orderId + "-" + (parts.size() + 1);
				parts.add(OrderPart.placing(partId, orderId, number, request.buyerId(), part.sellerId(), part.lines(),
						part.shipping(), now));
				for (OrderPart.Line line : part.lines()) {
					n++;
					if (!line.madeToOrder()) {
						reservations
							.add(new Order.Reservation(orderId + ":" + n, partId, line.listingId(), line.quantity()));
					}
				}
			}
			// What the buyer pays: every part's pieces and shipping.
			Money total = parts.stream().map(OrderPart::total).reduce(Money.ZERO, Money::plus);
			String gateway = this.payments.gatewayFor(request.method()).map(PaymentGateway::name).orElse(null);
			Order order = Order.placing(orderId, number, request, gateway, total,
					parts.stream().map(OrderPart::id).toList(), reservations, checkoutKey, now);
			// The buyer's place among their unpaid orders first (decision 0033): a
			// refusal leaves nothing written.
			return this.unpaidHolds.take(request.buyerId(), orderId, order.reservedPieces())
				.then(this.repository.insert(order)
					.map(Optional::of)
					// The same key came before, or races in from a second request: answer
					// that order.
					.onErrorResume(CheckoutAttemptRepository::duplicate,
							(ex) -> this.unpaidHolds.giveBack(request.buyerId(), orderId, order.reservedPieces())
								.thenReturn(Optional.empty())))
				.flatMap((inserted) -> inserted.isPresent() ? reserveAll(order, parts)
						: this.repository.findByCheckoutKey(checkoutKey).flatMap(this::resume));
		});
	}

	private Mono<Orders.PlacedOrder> reserveAll(Order order, List<OrderPart> parts) {
		return Flux.fromIterable(order.reservations())
			.concatMap((reservation) -> this.stock
				.reserve(reservation.listingId(), reservation.key(), reservation.quantity())
				.map((reserved) -> reserved ? "" : reservation.listingId()))
			.filter((failed) -> !failed.isEmpty())
			.next()
			.flatMap((failed) -> notPlaced(order, parts, failed))
			.switchIfEmpty(Mono.defer(() -> placed(order, parts)));
	}

	private Mono<Orders.PlacedOrder> notPlaced(Order order, List<OrderPart> parts, String listingId) {
		String title = parts.stream()
			.flatMap((part) -> part.lines().stream())
			.filter((line) -> line.listingId().equals(listingId))
			.map(OrderPart.Line::title)
			.findFirst()
			.orElse(listingId);
		return this.reservations.releaseAll(order)
			.then(this.unpaidHolds.giveBack(order.buyerId(), order.id(), order.reservedPieces()))
			.then(this.repository.save(order, order.notPlaced(listingId, this.clock.instant())))
			.then(Mono.error(new OutOfStock(listingId, title)));
	}

	/**
	 * Every line is reserved: the parts are written, the payment is started, and the
	 * order moves to AWAITING_PAYMENT with the gateway's answer. Only then is the buyer
	 * answered.
	 */
	private Mono<Orders.PlacedOrder> placed(Order order, List<OrderPart> parts) {
		Instant now = this.clock.instant();
		Instant until = HoldPolicy.until(order.paymentMethod(), now, this.properties);
		List<OrderPart> awaiting = parts.stream().map((part) -> part.follow(PartStatus.AWAITING_PAYMENT, now)).toList();
		return this.parts.insertParts(awaiting)
			.then(firstStart(order, until))
			.flatMap((started) -> this.repository.save(order, order.awaitPayment(until, started.start(), now))
				.switchIfEmpty(Mono.defer(() -> abandoned(order, started)))
				.doOnNext((placedOrder) -> this.events.publishEvent(new OrderPlaced(placedOrder.id())))
				.flatMap((placedOrder) -> (started.failure() != null) ? Mono.error(started.failure())
						: Mono.just(new Orders.PlacedOrder(placedOrder, awaiting))));
	}

	/**
	 * The gateway's first answer, or why there is none (told after the order is placed).
	 */
	private record Started(Order.Start start, RuntimeException failure) {
	}

	private Mono<Started> firstStart(Order order, Instant until) {
		PaymentGateway gateway = this.payments.gatewayFor(order.paymentMethod()).orElse(null);
		if (gateway == null) {
			return Mono.just(new Started(null,
					new PaymentPending(order.id(), order.number(), "This payment method is not available now.")));
		}
		// A hosted page must close when the hold ends, and cannot close sooner than the
		// gateway's lead time.
		if (!gateway.leadTime().isZero() && until.isBefore(this.clock.instant().plus(gateway.leadTime()))) {
			return Mono.just(new Started(null, new CheckoutRefused(null, "payment.retry.notPayable")));
		}
		return gateway.start(request(order, until))
			.map((start) -> new Started(start(start), null))
			.onErrorResume(PaymentUnavailableException.class,
					(ex) -> Mono.just(new Started(null, new PaymentPending(order.id(), order.number(), ex.why()))));
	}

	/**
	 * The sweeper undid this checkout meanwhile (it took longer than the placing
	 * timeout): give back whatever was reserved after its pass, close a payment page that
	 * was opened, and cancel the parts.
	 */
	private Mono<Order> abandoned(Order order, Started started) {
		Mono<Void> close = (started.start() != null) ? this.payments.gatewayFor(order.paymentMethod())
			.map((gateway) -> gateway.close(order.id()).onErrorResume((ex) -> Mono.empty()))
			.orElse(Mono.empty()) : Mono.empty();
		return this.reservations.releaseAll(order)
			.then(close)
			.thenMany(this.parts.follow(order.id(), PartStatus.AWAITING_PAYMENT, PartStatus.CANCELLED,
					this.clock.instant()))
			.then(Mono.error(new CheckoutRefused(null, "checkout.refused.tooSlow")));
	}

	/** A payment started again on an order awaiting it (the gateway failed before). */
	private Mono<Orders.PlacedOrder> restartPayment(Order order) {
		PaymentGateway gateway = this.payments.gatewayFor(order.paymentMethod()).orElse(null);
		if (gateway == null) {
			return Mono
				.error(new PaymentPending(order.id(), order.number(), "This payment method is not available now."));
		}
		// The hold is extended for a gateway's lead time, within limits.
		Mono<Optional<Instant>> payBy = !gateway.leadTime().isZero()
				? this.holds.holdFor(order.id(), gateway.leadTime())
					.map(Optional::of)
					.switchIfEmpty(Mono.error(() -> new CheckoutRefused(null, "payment.retry.notPayable")))
				: Mono.just(Optional.ofNullable(order.reservedUntil()));
		return payBy.flatMap((until) -> gateway.start(request(order, until.orElse(null))))
			.flatMap((start) -> this.repository.find(order.id())
				.filter((now) -> now.status() == OrderStatus.AWAITING_PAYMENT)
				.flatMap((now) -> this.repository.save(now, now.started(start(start), this.clock.instant()))))
			.onErrorMap(PaymentUnavailableException.class,
					(ex) -> new PaymentPending(order.id(), order.number(), ex.why()))
			.then(this.orders.withParts(this.repository.find(order.id())));
	}

	private static PaymentRequest request(Order order, Instant payBy) {
		return new PaymentRequest(order.id(), order.number(), order.total(), order.paymentMethod(),
				(order.contact() != null) ? order.contact().email() : null, order.returnUrl(), 1, payBy);
	}

	private static Order.Start start(PaymentStart start) {
		if (start.instructions() == null) {
			return new Order.Start(start.gateway(), start.redirectUrl(), start.externalId(), null, null, null, null,
					null);
		}
		return new Order.Start(start.gateway(), start.redirectUrl(), start.externalId(),
				start.instructions().method().name(), start.instructions().payee(), start.instructions().account(),
				start.instructions().reference(), start.instructions().note());
	}

}
