package ladakh.crafts.marketplace.notifications;

import java.util.Locale;

import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.OrderNotices;
import ladakh.crafts.marketplace.orders.OrderPlaced;
import ladakh.crafts.marketplace.orders.OrderView;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.orders.PartRefunded;
import ladakh.crafts.marketplace.orders.PartStatusChanged;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the orders area's events into queued emails: to the buyer when the order is
 * placed (how to pay), shipped (with tracking), delivered, cancelled and refunded. The
 * "paid" emails (to the buyer, and to each seller with an email) and the notice of a
 * payment given back are queued when the orders area asks ({@link OrderNotices}), as a
 * step of its own work, so a crash cannot lose them. Each message's outbox key names the
 * fact, so a duplicate event or a re-driven step queues nothing new.
 */
@Component
class OrderNotifications implements OrderNotices {

	private static final Logger log = LoggerFactory.getLogger(OrderNotifications.class);

	/** Sellers have no language on record yet: their emails are in English. */
	private static final Locale SELLERS = Locale.ENGLISH;

	private final Fulfilment orders;

	private final SellerContacts sellers;

	private final Outbox outbox;

	private final MessageSource messages;

	OrderNotifications(Fulfilment orders, SellerContacts sellers, Outbox outbox, MessageSource messages) {
		this.orders = orders;
		this.sellers = sellers;
		this.outbox = outbox;
		this.messages = messages;
	}

	@EventListener
	void placed(OrderPlaced event) {
		run("placed " + event.orderId(),
				this.orders.order(event.orderId())
					.flatMap((order) -> toBuyer(order, "order-placed:" + order.id(), "mail.placed", order.number(),
							order.total().format(), method(order), "/orders/" + order.id())));
	}

	@Override
	public Mono<Void> paid(String orderId) {
		return this.orders.order(orderId)
			.flatMap((order) -> toBuyer(order, "order-paid:" + order.id() + ":buyer", "mail.paid", order.number(),
					order.total().format(), "/orders/" + order.id())
				.thenMany(Flux.fromIterable(order.parts()).concatMap((part) -> toSeller(order, part)))
				.then());
	}

	@Override
	public Mono<Void> paymentReturned(String orderId, Order.ReturnedPayment returned) {
		return this.orders.order(orderId).flatMap((order) -> {
			String reason = this.messages.getMessage("mail.paymentReturned.reason." + returned.reason(), null,
					this.messages.getMessage("mail.paymentReturned.reason.CLOSED", null, buyers(order)), buyers(order));
			return toBuyer(order, "payment-returned:" + order.id() + ":" + returned.reference() + ":buyer",
					"mail.paymentReturned", order.number(), returned.amount().format(), reason,
					"/orders/" + order.id());
		});
	}

	@EventListener
	void partChanged(PartStatusChanged event) {
		String code = switch (event.status()) {
			case "SHIPPED" -> "mail.shipped";
			case "DELIVERED" -> "mail.delivered";
			case "CANCELLED" -> "mail.cancelled";
			case "RETURNED" -> "mail.returned";
			default -> null;
		};
		if (code == null) {
			return;
		}
		run(event.status() + " " + event.partId(),
				this.orders.order(event.orderId())
					.flatMap((order) -> order.parts()
						.stream()
						.filter((part) -> part.id().equals(event.partId()))
						.findFirst()
						.map((part) -> toBuyer(order,
								"part-" + event.status().toLowerCase(Locale.ROOT) + ":" + part.id() + ":buyer", code,
								order.number(), titles(part), String.valueOf(part.carrier()),
								String.valueOf(part.trackingNumber()), String.valueOf(part.cancelReason()),
								"/orders/" + order.id()))
						.orElse(Mono.empty())));
	}

	@EventListener
	void refunded(PartRefunded event) {
		run("refunded " + event.partId(),
				this.orders.order(event.orderId())
					.flatMap((order) -> toBuyer(order, "part-refunded:" + event.partId() + ":buyer", "mail.refunded",
							order.number(), event.amount().format(), "/orders/" + order.id())));
	}

	/** In the language the buyer ordered in. */
	private Mono<Void> toBuyer(OrderView order, String key, String code, Object... args) {
		if (order.contactEmail() == null || order.contactEmail().isBlank()) {
			return Mono.empty();
		}
		return queue(key, order.contactEmail(), buyers(order), code, args);
	}

	private static Locale buyers(OrderView order) {
		return Locale.forLanguageTag(order.contactLanguage());
	}

	private Mono<Void> toSeller(OrderView order, OrderPart part) {
		return this.sellers.of(part.sellerId())
			.filter((seller) -> seller.email() != null)
			.flatMap((seller) -> queue("order-paid:" + order.id() + ":seller:" + part.sellerId(), seller.email(),
					SELLERS, "mail.sellerPaid", order.number(), titles(part), part.total().format(), "/seller/orders"));
	}

	private Mono<Void> queue(String key, String to, Locale locale, String code, Object... args) {
		String subject = this.messages.getMessage(code + ".subject", args, locale);
		String body = this.messages.getMessage(code + ".body", args, locale);
		return this.outbox.enqueue(key, to, subject, body, locale.toLanguageTag()).then();
	}

	private String method(OrderView order) {
		String method = (order.paymentMethod() != null) ? order.paymentMethod() : "COUNTER";
		return this.messages.getMessage("mail.method." + method, null, method, buyers(order));
	}

	private static String titles(OrderPart part) {
		return String.join(", ", part.lines().stream().map(OrderPart.Line::title).toList());
	}

	private static void run(String what, Mono<?> work) {
		work.subscribe(null, (ex) -> log.warn("Could not queue the email for {}: {}", what, ex.toString()));
	}

}
