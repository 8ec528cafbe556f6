package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Passes a stall that lost its holder down the exhibition's waitlist: the first waiting
 * seller (in the draw's order) whose kind and size fit and who holds no stall there is
 * claimed, then the stall is offered to them with a new due day, both by conditional
 * updates; a stall that went another way meanwhile gives the claim back. A stall nobody
 * fits, or of an exhibition that has begun, stays free for an officer.
 */
@Component
class StallPassing {

	/** Days a seller offered a stall from the waitlist has to pay. */
	static final int OFFER_DAYS = 3;

	private final StallAllocationRepository allocations;

	private final StallWaitlistRepository waitlist;

	private final ExhibitionRepository exhibitions;

	private final StallNotices notices;

	private final Clock clock;

	private final StallDirectory directory;

	StallPassing(StallAllocationRepository allocations, StallWaitlistRepository waitlist,
			ExhibitionRepository exhibitions, StallNotices notices, StallDirectory directory, Clock clock) {
		this.directory = directory;
		this.allocations = allocations;
		this.waitlist = waitlist;
		this.exhibitions = exhibitions;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * Offers a free stall to the next fitting seller on the waitlist.
	 * @return the stall as offered, or empty when it stays free
	 */
	Mono<StallAllocation> passOn(StallAllocation free) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		if (free.status().held()) {
			return Mono.empty();
		}
		return this.exhibitions.find(free.exhibitionId()).flatMap((exhibition) -> {
			if (exhibition.phaseOn(today) != Exhibition.Phase.UPCOMING || free.kind() == null) {
				return this.allocations.passedOver(free).then(Mono.<StallAllocation>empty());
			}
			LocalDate dueOn = dueOn(exhibition, today);
			return this.waitlist.waiting(free.exhibitionId(), free.kind())
				.filter((entry) -> free.fits(entry.kind(), entry.widthDm(), entry.depthDm()))
				.concatMap((entry) -> this.allocations.heldBy(entry.sellerId(), free.exhibitionId())
					.hasElement()
					.filter((holds) -> !holds)
					.map((holds) -> entry))
				.concatMap((entry) -> this.waitlist.claim(entry, free.stallNumber())
					.filter(Boolean::booleanValue)
					.map((claimed) -> entry))
				.next()
				.flatMap((entry) -> this.allocations
					.save(free, free.offerTo(entry.sellerId(), entry.crafts(), dueOn), false)
					.flatMap((offered) -> this.directory.allocationsChanged(List.of(entry.sellerId()))
						.then(this.notices.offered(offered, exhibition))
						.thenReturn(offered))
					.switchIfEmpty(
							this.waitlist.release(entry, free.stallNumber()).then(Mono.<StallAllocation>empty())))
				.switchIfEmpty(Mono.defer(() -> this.allocations.passedOver(free).then(Mono.empty())));
		});
	}

	/** A few days to pay, but never on or after the first day. */
	static LocalDate dueOn(Exhibition exhibition, LocalDate today) {
		LocalDate due = today.plusDays(OFFER_DAYS);
		LocalDate lastBefore = exhibition.startsOn().minusDays(1);
		if (due.isAfter(lastBefore)) {
			due = lastBefore;
		}
		return due.isBefore(today) ? today : due;
	}

}
