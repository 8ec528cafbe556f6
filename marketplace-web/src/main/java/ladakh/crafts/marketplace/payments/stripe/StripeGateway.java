package ladakh.crafts.marketplace.payments.stripe;

import java.util.Locale;
import java.util.Set;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentStart;
import ladakh.crafts.marketplace.payments.PaymentUnavailableException;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;

/**
 * Card payments through Stripe's hosted Checkout. One session per order attempt, created
 * with the idempotency key {@code checkout:<orderId>:<attempt>}: a retry after a failure
 * (or a lost answer) reuses the key, so Stripe answers with the session it may already
 * have made and never makes a second one. Refunds use the refund's own key. The SDK
 * blocks, so every call runs on boundedElastic.
 */
class StripeGateway implements PaymentGateway {

	static final String NAME = "STRIPE";

	private static final Logger logger = LoggerFactory.getLogger(StripeGateway.class);

	private final StripeClient stripe;

	private final StripeSessions sessions;

	private final ReturnPage returnPage;

	StripeGateway(StripeClient stripe, StripeSessions sessions, ReturnPage returnPage) {
		this.stripe = stripe;
		this.sessions = sessions;
		this.returnPage = returnPage;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<PaymentMethod> methods() {
		return Set.of(PaymentMethod.CARD);
	}

	@Override
	public Mono<PaymentStart> start(PaymentRequest request) {
		if (request.method() != PaymentMethod.CARD) {
			return Mono.error(new IllegalArgumentException("Stripe takes card payments only"));
		}
		if (request.amountMinor() <= 0) {
			return Mono.error(new IllegalArgumentException("An order's total must be positive"));
		}
		return this.sessions.find(request.orderId())
			.defaultIfEmpty(new StripeSession(request.orderId(), 0, null, null, null, null))
			.flatMap((existing) -> {
				if (StripeSession.COMPLETED.equals(existing.status())) {
					return Mono.just(started(existing));
				}
				int attempt = attempt(existing, request.attempt());
				if (existing.attempt() == attempt && existing.usable()) {
					return Mono.just(started(existing));
				}
				return create(request, attempt);
			});
	}

	/**
	 * The same attempt again unless its session expired: then a new session (and key) is
	 * needed, since Stripe will not reopen an expired one.
	 */
	private static int attempt(StripeSession existing, int requested) {
		int attempt = Math.max(Math.max(requested, 1), existing.attempt());
		if (existing.attempt() == attempt && StripeSession.EXPIRED.equals(existing.status())) {
			attempt++;
		}
		return attempt;
	}

	private Mono<PaymentStart> create(PaymentRequest request, int attempt) {
		String key = StripeSession.key(request.orderId(), attempt);
		SessionCreateParams params = sessionParams(request);
		RequestOptions options = RequestOptions.builder().setIdempotencyKey(key).build();
		return this.sessions.begin(request.orderId(), attempt)
			.then(Mono.fromCallable(() -> this.stripe.v1().checkout().sessions().create(params, options))
				.subscribeOn(Schedulers.boundedElastic()))
			.flatMap((session) -> this.sessions.opened(request.orderId(), attempt, session.getId(), session.getUrl())
				.thenReturn(new PaymentStart(NAME, session.getUrl(), null, session.getId())))
			.onErrorResume(StripeException.class, (ex) -> {
				logger.warn("Stripe could not start a Checkout Session for order {} (key {}): {} {}", request.orderId(),
						key, ex.getStatusCode(), ex.getMessage());
				return this.sessions.startFailed(request.orderId(), attempt, describe(ex))
					.then(Mono.error(new PaymentUnavailableException(
							"Card payments are not reachable right now; the order is kept and can be paid later", ex)));
			});
	}

	/**
	 * Everything here follows from the order alone, so a retry with the same key sends
	 * the same parameters (Stripe refuses a key reused with different ones). That is why
	 * the buyer always comes back to this adapter's own return page.
	 */
	private SessionCreateParams sessionParams(PaymentRequest request) {
		SessionCreateParams.Builder builder = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(request.orderId())
			.putMetadata("orderId", request.orderId())
			.putMetadata("orderNumber", request.orderNumber())
			.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
				.putMetadata("orderId", request.orderId())
				.putMetadata("orderNumber", request.orderNumber())
				.build())
			.setSuccessUrl(this.returnPage.url(request.orderId()))
			.setCancelUrl(this.returnPage.url(request.orderId()) + "&cancelled=true")
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(request.currency().toLowerCase(Locale.ROOT))
					.setUnitAmount(request.amountMinor())
					.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
						.setName("Ladakh Crafts order " + request.orderNumber())
						.build())
					.build())
				.build());
		if (request.buyerEmail() != null && !request.buyerEmail().isBlank()) {
			builder.setCustomerEmail(request.buyerEmail());
		}
		return builder.build();
	}

	@Override
	public Mono<RefundResult> refund(RefundRequest request) {
		if (request.externalPaymentId() == null) {
			// Not paid through Stripe: staff give the money back and record it.
			return Mono.just(new RefundResult(request.refundKey(), "TO_PAY_OFFLINE", null));
		}
		RefundCreateParams params = RefundCreateParams.builder()
			.setPaymentIntent(request.externalPaymentId())
			.setAmount(request.amountMinor())
			.putMetadata("orderId", request.orderId())
			.putMetadata("partId", request.partId())
			.putMetadata("refundKey", request.refundKey())
			.build();
		RequestOptions options = RequestOptions.builder().setIdempotencyKey(request.refundKey()).build();
		return Mono.fromCallable(() -> this.stripe.v1().refunds().create(params, options))
			.subscribeOn(Schedulers.boundedElastic())
			.map((refund) -> new RefundResult(request.refundKey(), status(refund), refund.getId()))
			.onErrorMap(StripeException.class, (ex) -> {
				logger.warn("Stripe refund {} failed: {} {}", request.refundKey(), ex.getStatusCode(), ex.getMessage());
				return new PaymentUnavailableException("Stripe did not take the refund; try again later", ex);
			});
	}

	private static String status(Refund refund) {
		return switch (String.valueOf(refund.getStatus())) {
			case "succeeded" -> "SUCCEEDED";
			case "failed", "canceled" -> "TO_PAY_OFFLINE";
			default -> "PENDING";
		};
	}

	private static PaymentStart started(StripeSession session) {
		return new PaymentStart(NAME, session.sessionUrl(), null, session.sessionId());
	}

	private static String describe(StripeException ex) {
		return (ex.getStatusCode() != null ? ex.getStatusCode() + " " : "") + ex.getClass().getSimpleName();
	}

}
