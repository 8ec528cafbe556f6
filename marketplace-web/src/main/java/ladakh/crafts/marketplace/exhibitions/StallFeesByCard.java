package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentSubjects;
import ladakh.crafts.marketplace.payments.PaymentSucceeded;
import ladakh.crafts.marketplace.payments.PaymentUnavailableException;
import ladakh.crafts.marketplace.payments.PaymentUnmatched;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Stall fees paid by card through the payments port's Stripe adapter
 * (docs/decisions/0065). The seller starts a hosted payment from their exhibitions page;
 * its id is {@code stallfee:<exhibitionId>:<stallNumber>:<sellerId>}, so the payment can
 * confirm only the offer to that seller. The page closes at the end of the fee day (India
 * time), so a payment that arrives was made by the day. Stripe's webhook publishes the
 * payment; it confirms the stall by the same conditional update as a fee recorded by
 * accounts, so of a confirmation and the sweep's expiry exactly one is stored. A payment
 * that loses (the offer expired or went to someone else, or the fee was paid another way)
 * is given back through the gateway at once, never kept; a payment delivered twice
 * confirms once.
 */
@Service
public class StallFeesByCard {

	static final String GATEWAY = "STRIPE";

	/** Stripe opens a hosted page for at most a day; keep clear of that bound. */
	static final Duration LONGEST_PAGE = Duration.ofHours(23);

	private final StallAllocationRepository allocations;

	private final ExhibitionRepository exhibitions;

	private final StallNotices notices;

	private final ExhibitionAudit audit;

	private final List<PaymentGateway> gateways;

	private final Clock clock;

	StallFeesByCard(StallAllocationRepository allocations, ExhibitionRepository exhibitions, StallNotices notices,
			ExhibitionAudit audit, List<PaymentGateway> gateways, Clock clock) {
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.notices = notices;
		this.audit = audit;
		this.gateways = gateways;
		this.clock = clock;
	}

	/** Whether card payments are configured. */
	public boolean available() {
		return card().isPresent();
	}

	/**
	 * Opens the hosted card payment of the seller's offered stall.
	 * @return the page to send the seller to
	 * @throws Refusal (in the Mono) NOT_FOUND when it is not their stall; CONFLICT when
	 * card payments are off, the stall is not on offer to them, or its fee day ends too
	 * soon to open a page
	 */
	public Mono<String> start(MarketplaceUser seller, String exhibitionId, String stallNumber) {
		Optional<PaymentGateway> card = card();
		return this.allocations.find(exhibitionId, stallNumber)
			.filter((stall) -> stall.sellerId() != null && seller.actsFor(stall.sellerId()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.stall.notFound", stallNumber)))
			.flatMap((stall) -> {
				if (card.isEmpty()) {
					return Mono.error(Refusal.conflict("exhibitions.fee.noCard"));
				}
				Instant now = this.clock.instant();
				if (stall.status() != StallAllocation.Status.OFFERED || stall.fee() == null
						|| !stall.fee().isPositive()) {
					return Mono.error(Refusal.conflict("exhibitions.fee.notOffered", stallNumber));
				}
				Instant payBy = payBy(stall.dueOn(), now);
				if (payBy.isBefore(now.plus(card.get().leadTime()))) {
					return Mono.error(Refusal.conflict("exhibitions.fee.tooLateForCard"));
				}
				return card.get()
					.start(new PaymentRequest(id(stall), StallFees.reference(stall), stall.fee(), PaymentMethod.CARD,
							null, PaymentSubjects.STALL_FEE_RETURN, 1, payBy))
					.map((started) -> started.redirectUrl())
					.onErrorMap(PaymentUnavailableException.class,
							(ex) -> Refusal.conflict("exhibitions.fee.cardDown"));
			});
	}

	/**
	 * The end of the fee day in India (or, when that is more than a day away, the longest
	 * a hosted page stays open).
	 */
	static Instant payBy(LocalDate dueOn, Instant now) {
		Instant longest = now.plus(LONGEST_PAGE);
		if (dueOn == null) {
			return longest;
		}
		Instant endOfDay = dueOn.plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant().minusSeconds(1);
		return endOfDay.isBefore(longest) ? endOfDay : longest;
	}

	/** The payment id of a stall's fee for its holder. */
	static String id(StallAllocation stall) {
		return PaymentSubjects.STALL_FEE + stall.exhibitionId() + ":" + stall.stallNumber() + ":" + stall.sellerId();
	}

	@EventListener
	void paid(PaymentSucceeded event) {
		if (PaymentSubjects.isStallFee(event.orderId())) {
			event.handling().handledBy(confirm(event));
		}
	}

	@EventListener
	void unmatched(PaymentUnmatched event) {
		if (PaymentSubjects.isStallFee(event.orderId())) {
			// Nothing to confirm with: staff look into it from the audit trail.
			String[] parts = parts(event.orderId());
			event.handling()
				.handledBy(this.audit
					.record(null, "STALL_FEE_UNMATCHED", parts[0], event.reason(),
							Map.of("stall", parts[1], "sellerId", parts[2]))
					.thenReturn("FLAGGED"));
		}
	}

	/**
	 * Confirms the stall with a card payment, once.
	 * @return {@code PAID}, {@code ALREADY_PAID} (this payment confirmed it before),
	 * {@code REFUNDED} (it could not confirm the stall and was given back), or
	 * {@code NOT_FOUND}
	 */
	Mono<String> confirm(PaymentSucceeded event) {
		String[] parts = parts(event.orderId());
		String exhibitionId = parts[0];
		String stallNumber = parts[1];
		String sellerId = parts[2];
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		return this.allocations.find(exhibitionId, stallNumber).flatMap((stall) -> {
			if (stall.status() == StallAllocation.Status.CONFIRMED && stall.payment() != null
					&& event.reference().equals(stall.payment().reference())) {
				return Mono.just("ALREADY_PAID");
			}
			if (stall.fee() == null || !stall.fee().equals(event.amount())) {
				return giveBack(event, exhibitionId, stallNumber, sellerId, "exhibitions.fee.amount");
			}
			// The hosted page closed at the end of the fee day: paid by then.
			LocalDate paidOn = (stall.dueOn() != null && stall.dueOn().isBefore(today)) ? stall.dueOn() : today;
			return Mono
				.fromCallable(() -> stall.confirm(
						new StallAllocation.FeePayment(event.reference(), "CARD", paidOn, "system"), sellerId, today))
				.flatMap((confirmed) -> this.allocations.save(stall, confirmed, false))
				.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")))
				.flatMap(
						(confirmed) -> this.audit
							.record(null, "STALL_FEE_PAID_BY_CARD", exhibitionId, event.reference(),
									Map.of("stall", stallNumber, "sellerId", sellerId, "amount",
											confirmed.fee().format()))
							.then(this.exhibitions.find(exhibitionId)
								.flatMap((exhibition) -> this.notices.confirmed(confirmed, exhibition)))
							.thenReturn("PAID"))
				.onErrorResume(Refusal.class, (ex) -> (ex.kind() != Refusal.Kind.CONFLICT || stale(ex)) ? Mono.error(ex)
						: giveBack(event, exhibitionId, stallNumber, sellerId, ex.messageKey()));
		})
			// Another move came first: decide again on what is stored now.
			.retryWhen(Retry.max(3).filter(StallFeesByCard::stale))
			.switchIfEmpty(Mono
				.defer(() -> giveBack(event, exhibitionId, stallNumber, sellerId, "exhibitions.stall.notFound")));
	}

	/** The payment cannot confirm the stall: give it back through the gateway. */
	private Mono<String> giveBack(PaymentSucceeded event, String exhibitionId, String stallNumber, String sellerId,
			String why) {
		PaymentGateway card = this.gateways.stream()
			.filter((gateway) -> gateway.name().equals(event.gateway()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No gateway " + event.gateway()));
		return card
			.refund(new RefundRequest(event.orderId(), null, event.amount(), "payment-refund:" + event.reference(),
					event.reference()))
			.flatMap((refund) -> this.audit.record(null, "STALL_FEE_REFUNDED", exhibitionId, event.reference(),
					Map.of("stall", stallNumber, "sellerId", sellerId, "why", why, "refund", refund.status())))
			.thenReturn("REFUNDED");
	}

	private Optional<PaymentGateway> card() {
		return this.gateways.stream().filter((gateway) -> GATEWAY.equals(gateway.name())).findFirst();
	}

	private static String[] parts(String id) {
		String[] parts = id.substring(PaymentSubjects.STALL_FEE.length()).split(":", 3);
		if (parts.length != 3) {
			throw new IllegalArgumentException("not a stall fee id: " + id);
		}
		return parts;
	}

	private static boolean stale(Throwable failure) {
		return failure instanceof Refusal refusal && "exhibitions.stale".equals(refusal.messageKey());
	}

}
