package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Officers' moves on stalls after the draw, by hand and each with a recorded reason
 * (docs/decisions/0054): give a free stall to a seller, take a stall back (it then passes
 * down the waitlist), move a holder to another stall. Every move is conditional on the
 * stall's version (or, for a stall never written, its id), so of two officers giving the
 * same stall at once exactly one wins; every move lands in the audit trail.
 */
@Service
public class StallOverrides {

	/** A reason says what happened: a few words at least, a paragraph at most. */
	static final int REASON_MIN = 10;

	static final int REASON_MAX = 500;

	private final StallAllocationRepository allocations;

	private final ExhibitionRepository exhibitions;

	private final AllocationRecordRepository draws;

	private final StallWaitlistRepository waitlist;

	private final SellerDirectory sellers;

	private final StallFees fees;

	private final StallPassing passing;

	private final StallNotices notices;

	private final ExhibitionAudit audit;

	private final Clock clock;

	private final StallDirectory directory;

	StallOverrides(StallAllocationRepository allocations, ExhibitionRepository exhibitions,
			AllocationRecordRepository draws, StallWaitlistRepository waitlist, SellerDirectory sellers, StallFees fees,
			StallPassing passing, StallNotices notices, ExhibitionAudit audit, StallDirectory directory, Clock clock) {
		this.directory = directory;
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.draws = draws;
		this.waitlist = waitlist;
		this.sellers = sellers;
		this.fees = fees;
		this.passing = passing;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Gives a stall without a holder to a seller.
	 * @throws Refusal (in the Mono) INVALID with the field at fault (reason, seller);
	 * NOT_FOUND for no such exhibition or stall; CONFLICT before the draw, once the
	 * exhibition has ended, when the stall is held or the seller holds one there
	 */
	public Mono<StallAllocation> allocate(MarketplaceUser officer, String exhibitionId, String stallNumber,
			String sellerId, String reason) {
		return Mono.fromCallable(() -> reason(reason)).flatMap((why) -> {
			String seller = (sellerId != null) ? sellerId.strip() : "";
			if (seller.isEmpty()) {
				return Mono.error(Refusal.invalid("exhibitions.override.seller").at("sellerId"));
			}
			return drawn(exhibitionId).flatMap((exhibition) -> this.sellers.standing(seller)
				.filter(SellerDirectory.Standing::sellsNow)
				.switchIfEmpty(Mono.error(() -> Refusal.invalid("exhibitions.override.sellerInactive").at("sellerId")))
				.then(this.allocations.heldBy(seller, exhibitionId)
					.flatMap((held) -> Mono.<StallAllocation>error(
							Refusal.conflict("exhibitions.override.alreadyHolds", held.stallNumber()).at("sellerId"))))
				.then(stall(exhibition, stallNumber))
				.flatMap((before) -> store(before, before.offerTo(seller, List.of(), dueOn(exhibition)), false))
				.flatMap((offered) -> this.audit
					.record(officer, "STALL_ALLOCATED", exhibitionId, why,
							Map.of("stall", stallNumber, "sellerId", seller))
					.then(this.notices.offered(offered, exhibition))
					.thenReturn(offered)));
		});
	}

	/**
	 * Takes a stall back from its holder; it passes down the waitlist.
	 * @throws Refusal (in the Mono) INVALID without a reason; NOT_FOUND; CONFLICT when it
	 * has no holder or another move came first
	 */
	public Mono<StallAllocation> takeBack(MarketplaceUser officer, String exhibitionId, String stallNumber,
			String reason) {
		return Mono.fromCallable(() -> reason(reason))
			.flatMap((why) -> drawn(exhibitionId).flatMap((exhibition) -> stall(exhibition, stallNumber)
				.flatMap((before) -> store(before, before.takeBack(), true)
					.flatMap((freed) -> this.fees.lost(officer, freed, exhibition, "STALL_TAKEN_BACK", why)))));
	}

	/**
	 * Moves a holder to another stall, keeping their offer or payment; the stall left
	 * passes down the waitlist.
	 * @throws Refusal (in the Mono) INVALID without a reason; NOT_FOUND; CONFLICT when
	 * the first stall has no holder, the second has one, or another move came first
	 */
	public Mono<StallAllocation> move(MarketplaceUser officer, String exhibitionId, String fromNumber, String toNumber,
			String reason) {
		return Mono.fromCallable(() -> reason(reason))
			.flatMap((why) -> drawn(exhibitionId).flatMap((exhibition) -> stall(exhibition, fromNumber)
				.zipWith(stall(exhibition, (toNumber != null) ? toNumber.strip() : "").onErrorMap(Refusal.class,
						(ex) -> Refusal.invalid("exhibitions.override.moveTo").at("to")))
				.flatMap((both) -> {
					StallAllocation from = both.getT1();
					StallAllocation to = both.getT2();
					return store(to, to.receive(from), false).flatMap(
							(moved) -> this.allocations.save(from, from.takeBack(), true)
								// The holder changed meanwhile: the new stall is given
								// back.
								.switchIfEmpty(this.allocations.save(moved, moved.takeBack(), false)
									.then(Mono.error(() -> Refusal.conflict("exhibitions.override.lost"))))
								.flatMap((left) -> this.audit
									.record(officer, "STALL_MOVED", exhibitionId, why,
											Map.of("stall", fromNumber, "to", moved.stallNumber(), "sellerId",
													moved.sellerId()))
									.then(this.passing.passOn(left))
									.thenReturn(moved)));
				})));
	}

	/** What the officers' stall page shows: stalls, waitlist, the exhibition's log. */
	public Mono<Board> board(String exhibitionId) {
		return this.exhibitions.find(exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")))
			.flatMap((exhibition) -> Mono.zip(this.allocations.allOf(exhibitionId).collectList(),
					this.waitlist.ofExhibition(exhibitionId).collectList(), this.audit.of(exhibitionId).collectList(),
					this.draws.find(exhibitionId).map(AllocationRecord::done).defaultIfEmpty(false))
				.flatMap((found) -> {
					List<String> ids = new ArrayList<>();
					found.getT1().forEach((stall) -> {
						ids.add(stall.sellerId());
						ids.add(stall.lastSellerId());
					});
					found.getT2().forEach((entry) -> ids.add(entry.sellerId()));
					found.getT3().forEach((event) -> ids.add(event.sellerId()));
					ids.removeIf(java.util.Objects::isNull);
					return this.sellers.names(ids)
						.map((names) -> new Board(exhibition, found.getT1(), found.getT2(), found.getT3(), names,
								found.getT4()));
				}));
	}

	/**
	 * @param exhibition the exhibition
	 * @param stalls its stall documents by number
	 * @param waitlist in the draw's order
	 * @param trail what officers did, oldest first
	 * @param names seller id to name
	 * @param drawn whether its draw is done
	 */
	public record Board(Exhibition exhibition, List<StallAllocation> stalls, List<Waiting> waitlist,
			List<AuditEvent> trail, Map<String, String> names, boolean drawn) {

	}

	/** Writes a move; the sellers it touched have their listings marked for search. */
	private Mono<StallAllocation> store(StallAllocation before, StallAllocation after, boolean passOn) {
		Mono<StallAllocation> written = before.unwritten() ? this.allocations.insert(after)
				: this.allocations.save(before, after, passOn)
					.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.override.lost")));
		List<String> touched = new ArrayList<>();
		java.util.stream.Stream.of(before.sellerId(), after.sellerId())
			.filter(java.util.Objects::nonNull)
			.forEach(touched::add);
		return written.flatMap((stored) -> this.directory.allocationsChanged(touched).thenReturn(stored));
	}

	private Mono<Exhibition> drawn(String exhibitionId) {
		LocalDate today = today();
		return this.exhibitions.find(exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")))
			.filterWhen((exhibition) -> this.draws.find(exhibitionId).map(AllocationRecord::done).defaultIfEmpty(false))
			.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.override.notDrawn")))
			.filter((exhibition) -> exhibition.phaseOn(today) != Exhibition.Phase.PAST)
			.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.override.ended")));
	}

	private Mono<StallAllocation> stall(Exhibition exhibition, String number) {
		return Mono.justOrEmpty(exhibition.plan().stall(number))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.stall.notFound", number)))
			.flatMap((stall) -> this.allocations.find(exhibition.id(), number)
				.defaultIfEmpty(StallAllocation.unheld(exhibition.id(), stall)));
	}

	/** The call's fee day while it lies ahead, otherwise a few days from now. */
	private LocalDate dueOn(Exhibition exhibition) {
		LocalDate today = today();
		if (exhibition.call() != null && !exhibition.call().feeDueOn().isBefore(today)) {
			return exhibition.call().feeDueOn();
		}
		return StallPassing.dueOn(exhibition, today);
	}

	static String reason(String text) {
		String reason = (text != null) ? text.strip() : "";
		if (reason.length() < REASON_MIN || reason.length() > REASON_MAX) {
			throw Refusal.invalid("exhibitions.override.reason", REASON_MIN, REASON_MAX).at("reason");
		}
		return reason;
	}

	private LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

}
