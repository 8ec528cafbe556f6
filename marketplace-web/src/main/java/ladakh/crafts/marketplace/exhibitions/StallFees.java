package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentInstructions;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentStart;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Service;

/**
 * Stall fees after the draw (docs/decisions/0054): a seller sees their offered stalls
 * with the fee, its day and how to pay it (the payments port's offline instructions);
 * accounts staff or an officer record the payment (its UTR or receipt number) and the
 * stall is confirmed; an offer unpaid after its day expires and passes down the waitlist;
 * a seller may give their stall up. Each move is one update conditional on the stall's
 * version, so a payment and an expiry racing end in exactly one of them; a payment that
 * loses is refused with its reason (and the refusal audited), never kept.
 */
@Service
public class StallFees {

	/** A seller's stalls shown at once. */
	static final int MINE = 20;

	private final StallAllocationRepository allocations;

	private final ExhibitionRepository exhibitions;

	private final StallPassing passing;

	private final StallNotices notices;

	private final ExhibitionAudit audit;

	private final List<PaymentGateway> gateways;

	private final Clock clock;

	private final StallDirectory directory;

	StallFees(StallAllocationRepository allocations, ExhibitionRepository exhibitions, StallPassing passing,
			StallNotices notices, ExhibitionAudit audit, List<PaymentGateway> gateways, StallDirectory directory,
			Clock clock) {
		this.directory = directory;
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.passing = passing;
		this.notices = notices;
		this.audit = audit;
		this.gateways = gateways;
		this.clock = clock;
	}

	/** The seller's stalls, with how to pay those still offered. */
	public Flux<SellerStall> mine(String sellerId) {
		LocalDate today = today();
		return this.allocations.heldBy(sellerId, MINE)
			.concatMap((stall) -> this.exhibitions.find(stall.exhibitionId())
				.filter((exhibition) -> exhibition.phaseOn(today) != Exhibition.Phase.PAST)
				.flatMap((exhibition) -> howToPay(stall).map((ways) -> new SellerStall(stall, exhibition, ways,
						exhibition.phaseOn(today) == Exhibition.Phase.UPCOMING))));
	}

	/**
	 * Records a stall fee paid offline for the seller it was offered to.
	 * @throws Refusal (in the Mono) NOT_FOUND for no such stall; INVALID with the field
	 * at fault; CONFLICT when the offer has expired or gone to another seller, the
	 * payment was made after the due day, or the fee is paid already
	 */
	public Mono<StallAllocation> recordPayment(MarketplaceUser staff, String exhibitionId, String stallNumber,
			String forSeller, String reference, LocalDate paidOn) {
		LocalDate today = today();
		String sellerId = (forSeller != null) ? forSeller : "";
		return Mono
			.fromCallable(() -> new StallAllocation.FeePayment((reference != null) ? reference.strip() : null,
					"OFFLINE", paidOn, staff.id()))
			.flatMap((paid) -> stall(exhibitionId, stallNumber)
				.flatMap((stall) -> Mono.fromCallable(() -> stall.confirm(paid, sellerId, today))
					.flatMap((confirmed) -> this.allocations.save(stall, confirmed, false)))
				// Another move came first: read it again and decide on what is stored.
				.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")))
				.retryWhen(Retry.max(3).filter(StallFees::stale))
				.flatMap((confirmed) -> this.audit
					.record(staff, "STALL_FEE_RECORDED", exhibitionId, reference,
							Map.of("stall", stallNumber, "sellerId", sellerId, "paidOn", String.valueOf(paidOn),
									"amount", confirmed.fee().format()))
					.then(exhibition(exhibitionId)
						.flatMap((exhibition) -> this.notices.confirmed(confirmed, exhibition)))
					.thenReturn(confirmed))
				.onErrorResume(Refusal.class,
						(ex) -> (ex.kind() != Refusal.Kind.CONFLICT) ? Mono.error(ex)
								: this.audit
									.record(staff, "STALL_FEE_REFUSED", exhibitionId, reference,
											Map.of("stall", stallNumber, "sellerId", sellerId, "why", ex.messageKey()))
									.then(Mono.error(ex))));
	}

	/**
	 * Expires one stall if its fee is overdue, and passes it on.
	 * @return whether this call expired it
	 */
	public Mono<Boolean> expire(String exhibitionId, String stallNumber) {
		return this.allocations.find(exhibitionId, stallNumber).flatMap(this::expire).defaultIfEmpty(false);
	}

	/**
	 * The seller gives up their stall before the exhibition begins; it passes on.
	 * @throws Refusal (in the Mono) NOT_FOUND when it is not theirs; CONFLICT once the
	 * exhibition has begun
	 */
	public Mono<StallAllocation> giveUp(MarketplaceUser seller, String exhibitionId, String stallNumber) {
		return this.allocations.find(exhibitionId, stallNumber)
			.filter((stall) -> stall.sellerId() != null && seller.actsFor(stall.sellerId()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.stall.notFound", stallNumber)))
			.flatMap((stall) -> exhibition(exhibitionId).flatMap((exhibition) -> {
				if (exhibition.phaseOn(today()) != Exhibition.Phase.UPCOMING) {
					return Mono.error(Refusal.conflict("exhibitions.giveUp.begun"));
				}
				return this.allocations.save(stall, stall.giveUp(stall.sellerId()), true)
					.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")))
					.flatMap((given) -> lost(seller, given, exhibition, "STALL_GIVEN_UP", null));
			}));
	}

	/**
	 * One sweep: overdue offers expire and pass on; stalls left free by an earlier
	 * interrupted step are passed on.
	 * @return how many offers this sweep expired
	 */
	public Mono<Long> sweep() {
		return this.allocations.dueBefore(today())
			.concatMap(this::expire)
			.filter(Boolean::booleanValue)
			.count()
			.flatMap((expired) -> this.allocations.toPassOn().concatMap(this.passing::passOn).then(Mono.just(expired)));
	}

	/**
	 * The stall lost its holder: tell them, audit it, and offer it down the waitlist.
	 */
	Mono<StallAllocation> lost(MarketplaceUser actor, StallAllocation free, Exhibition exhibition, String action,
			String reason) {
		return this.directory.allocationsChanged(List.of(free.lastSellerId()))
			.then(this.notices.lost(free, exhibition))
			.then(this.audit.record(actor, action, free.exhibitionId(), reason,
					Map.of("stall", free.stallNumber(), "sellerId", free.lastSellerId())))
			.then(this.passing.passOn(free))
			.defaultIfEmpty(free);
	}

	private Mono<Boolean> expire(StallAllocation stall) {
		return Mono.fromCallable(() -> stall.expire(today()))
			.onErrorResume(Refusal.class, (ex) -> Mono.empty())
			.flatMap((expired) -> this.allocations.save(stall, expired, true))
			.flatMap((expired) -> exhibition(expired.exhibitionId())
				.flatMap((exhibition) -> lost(null, expired, exhibition, "STALL_FEE_EXPIRED", null)))
			.map((done) -> true)
			.defaultIfEmpty(false);
	}

	private Mono<List<PaymentInstructions>> howToPay(StallAllocation stall) {
		if (stall.status() != StallAllocation.Status.OFFERED || stall.fee() == null) {
			return Mono.just(List.of());
		}
		return Flux.fromIterable(this.gateways)
			.filter((gateway) -> "OFFLINE".equals(gateway.name()))
			.concatMap((gateway) -> Flux.just(PaymentMethod.BANK_TRANSFER, PaymentMethod.UPI)
				.concatMap((method) -> gateway
					.start(new PaymentRequest(stall.id(), reference(stall), stall.fee(), method, null, null, 1, null))))
			.map(PaymentStart::instructions)
			.collectList();
	}

	/** What a seller quotes with a stall fee: {@code STALL <exhibition>:<stall>}. */
	public static String reference(StallAllocation stall) {
		return "STALL " + stall.id();
	}

	private Mono<StallAllocation> stall(String exhibitionId, String stallNumber) {
		return this.allocations.find(exhibitionId, stallNumber)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.stall.notFound", stallNumber)));
	}

	private Mono<Exhibition> exhibition(String exhibitionId) {
		return this.exhibitions.find(exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")));
	}

	private static boolean stale(Throwable failure) {
		return failure instanceof Refusal refusal && "exhibitions.stale".equals(refusal.messageKey());
	}

	private LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	/**
	 * A stall of the seller's, as their page shows it.
	 *
	 * @param stall the stall
	 * @param exhibition its exhibition
	 * @param howToPay offline ways to pay its fee, while it is offered
	 * @param mayGiveUp the exhibition has not begun
	 */
	public record SellerStall(StallAllocation stall, Exhibition exhibition, List<PaymentInstructions> howToPay,
			boolean mayGiveUp) {

	}

}
