package ladakh.crafts.marketplace.payments.web;

import java.util.Optional;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.payments.PayableOrder;
import ladakh.crafts.marketplace.payments.PayableOrders;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentUnavailableException;
import ladakh.crafts.marketplace.payments.stripe.StripeSession;
import ladakh.crafts.marketplace.payments.stripe.StripeSessionRepository;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where Stripe sends the buyer back ({@code /checkout/return?order=...}): the order's
 * live payment status, refreshed by the {@code Refresh} header while the webhook has not
 * yet arrived (no script needed); and the retry ({@code POST /orders/{id}/pay}) for an
 * unpaid card order. Only the buyer's own order: anyone else's is not found.
 */
@Controller
class CheckoutReturnPages {

	/** Seconds between refreshes while a payment is being confirmed. */
	static final int REFRESH_SECONDS = 5;

	private final PayableOrders orders;

	private final StripeSessionRepository sessions;

	private final ObjectProvider<PaymentGateway> gateways;

	CheckoutReturnPages(PayableOrders orders, StripeSessionRepository sessions,
			ObjectProvider<PaymentGateway> gateways) {
		this.orders = orders;
		this.sessions = sessions;
		this.gateways = gateways;
	}

	@GetMapping("/checkout/return")
	Mono<Rendering> show(@AuthenticationPrincipal MarketplaceUser buyer,
			@RequestParam(name = "order", required = false) String orderId,
			@RequestParam(name = "cancelled", required = false) String cancelled, ServerWebExchange exchange) {
		return own(buyer, orderId).flatMap((order) -> session(order).map((session) -> {
			PaymentState state = PaymentState.of(order, session.orElse(null), "true".equals(cancelled));
			if (state == PaymentState.CONFIRMING) {
				exchange.getResponse().getHeaders().set("Refresh", String.valueOf(REFRESH_SECONDS));
			}
			return page(order, state, null, HttpStatus.OK);
		}));
	}

	@PostMapping("/orders/{id}/pay")
	Mono<Rendering> pay(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id) {
		return own(buyer, id).flatMap((order) -> session(order).flatMap((session) -> {
			PaymentGateway stripe = stripe();
			if (!order.awaitingPayment() || !order.byCard() || stripe == null) {
				PaymentState state = PaymentState.of(order, session.orElse(null), false);
				return Mono.just(page(order, state, "payment.retry.notPayable", HttpStatus.CONFLICT));
			}
			int attempt = session.map(StripeSession::attempt).orElse(1);
			// The page Stripe opens must close when the order stops holding its pieces.
			return this.orders.holdFor(order.id(), stripe.leadTime())
				.flatMap((payBy) -> stripe
					.start(new PaymentRequest(order.id(), order.number(), order.total(), PaymentMethod.CARD,
							order.email(), null, attempt, payBy))
					.map((start) -> Rendering.redirectTo(start.redirectUrl()).build())
					.onErrorResume(PaymentUnavailableException.class,
							(ex) -> Mono.just(page(order, PaymentState.FAILED, "payment.unavailable",
									HttpStatus.SERVICE_UNAVAILABLE))))
				.switchIfEmpty(Mono.fromSupplier(() -> page(order, PaymentState.of(order, session.orElse(null), false),
						"payment.retry.notPayable", HttpStatus.CONFLICT)));
		}));
	}

	private Mono<PayableOrder> own(MarketplaceUser buyer, String orderId) {
		return this.orders.ofBuyer(orderId, buyer.id())
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private Mono<Optional<StripeSession>> session(PayableOrder order) {
		return this.sessions.find(order.id()).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	private PaymentGateway stripe() {
		return this.gateways.orderedStream()
			.filter((gateway) -> "STRIPE".equals(gateway.name()))
			.findFirst()
			.orElse(null);
	}

	private static Rendering page(PayableOrder order, PaymentState state, String problem, HttpStatus status) {
		return Rendering.view("payments/return")
			.modelAttribute("order", order)
			.modelAttribute("state", state.name())
			.modelAttribute("retry", state.retryable() && order.awaitingPayment() && order.byCard())
			.modelAttribute("problem", problem)
			.modelAttribute("refreshSeconds", REFRESH_SECONDS)
			.status(status)
			.build();
	}

}
