package ladakh.crafts.marketplace.payments.stripe;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
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
 * have made and never makes a second one. A session expires when the order's hold ends
 * ({@code expires_at}), and is expired through the API when the order closes sooner.
 * Refunds use the refund's own key. The SDK blocks, so every call runs on boundedElastic.
 */
class StripeGateway implements PaymentGateway {

	static final String NAME = "STRIPE";

	/**
	 * Stripe opens a Checkout Session for at least 30 minutes; one more minute covers the
	 * request's way there and the two clocks.
	 */
	static final Duration LEAD_TIME = Duration.ofMinutes(31);

	private static final Logger logger = LoggerFactory.getLogger(StripeGateway.class);

	private final StripeClient stripe;

	private final StripeSessionRepository sessions;

	private final ReturnPage returnPage;

	StripeGateway(StripeClient stripe, StripeSessionRepository sessions, ReturnPage returnPage) {
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
	public Duration leadTime() {
		return LEAD_TIME;
	}

	@Override
	public Mono<PaymentStart> start(PaymentRequest request) {
		if (request.method() != PaymentMethod.CARD) {
			return Mono.error(new IllegalArgumentException("Stripe takes card payments only"));
		}
		if (!request.amount().isPositive()) {
			return Mono.error(new IllegalArgumentException("An order's total must be positive"));
		}
		if (request.payBy() == null) {
			return Mono.error(new IllegalArgumentException("A card payment needs the end of the order's hold"));
		}
		// Stripe takes whole seconds: the session closes at or just before the hold's
		// end.
		Instant expiresAt = request.payBy().truncatedTo(ChronoUnit.SECONDS);
		return this.sessions.find(request.orderId())
			.defaultIfEmpty(new StripeSession(request.orderId(), 0, null, null, null, null, null))
			.flatMap((existing) -> {
				if (StripeSession.COMPLETED.equals(existing.status())) {
					return Mono.just(started(existing));
				}
				int attempt = attempt(existing, request.attempt(), expiresAt);
				if (existing.attempt() == attempt && existing.usable()) {
					return Mono.just(started(existing));
				}
				if (expiresAt.isBefore(Instant.now().plus(LEAD_TIME))) {
					return Mono.error(new PaymentUnavailableException(
							"The order's hold ends too soon for Stripe to open a payment page", null));
				}
				return create(request, attempt, expiresAt);
			});
	}

	/**
	 * The same attempt again unless its session expired, or its parameters would differ
	 * (the order's hold was extended since): then a new session (and key) is needed,
	 * since Stripe neither reopens an expired session nor takes a key with other
	 * parameters.
	 */
	private static int attempt(StripeSession existing, int requested, Instant expiresAt) {
		int attempt = Math.max(Math.max(requested, 1), existing.attempt());
		boolean otherParameters = !existing.usable() && !Objects.equals(existing.expiresAt(), expiresAt);
		if (existing.attempt() == attempt && (StripeSession.EXPIRED.equals(existing.status()) || otherParameters)) {
			attempt++;
		}
		return attempt;
	}

	private Mono<PaymentStart> create(PaymentRequest request, int attempt, Instant expiresAt) {
		String key = StripeSession.key(request.orderId(), attempt);
		SessionCreateParams params = sessionParams(request, expiresAt);
		RequestOptions options = RequestOptions.builder().setIdempotencyKey(key).build();
		return this.sessions.begin(request.orderId(), attempt, expiresAt)
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
	 * Expires the order's open session at Stripe, so nobody pays an order that no longer
	 * holds its pieces. A session whose creation answer was lost is unknown here, and its
	 * page was never shown to anyone; a payment that still arrives is refunded.
	 */
	@Override
	public Mono<Void> close(String orderId) {
		return this.sessions.find(orderId).filter(StripeSession::payable).flatMap((session) -> {
			RequestOptions options = RequestOptions.builder()
				.setIdempotencyKey("expire:" + session.sessionId())
				.build();
			return Mono.fromCallable(() -> this.stripe.v1().checkout().sessions().expire(session.sessionId(), options))
				.subscribeOn(Schedulers.boundedElastic())
				.then(this.sessions.expired(orderId, session.sessionId()))
				.onErrorMap(StripeException.class, (ex) -> {
					logger.warn("Stripe did not expire session {} of order {}: {} {}", session.sessionId(), orderId,
							ex.getStatusCode(), ex.getMessage());
					return new PaymentUnavailableException("Stripe did not expire the Checkout Session", ex);
				});
		});
	}

	/**
	 * Everything here follows from the order alone, so a retry with the same key sends
	 * the same parameters (Stripe refuses a key reused with different ones). That is why
	 * the buyer always comes back to this adapter's own return page.
	 */
	private SessionCreateParams sessionParams(PaymentRequest request, Instant expiresAt) {
		SessionCreateParams.Builder builder = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setExpiresAt(expiresAt.getEpochSecond())
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
					.setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
					.setUnitAmount(request.amount().minor())
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
		RefundCreateParams.Builder builder = RefundCreateParams.builder()
			.setPaymentIntent(request.externalPaymentId())
			.setAmount(request.amount().minor())
			.putMetadata("orderId", request.orderId())
			.putMetadata("refundKey", request.refundKey());
		if (request.partId() != null) {
			builder.putMetadata("partId", request.partId());
		}
		RefundCreateParams params = builder.build();
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
