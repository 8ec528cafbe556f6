package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The draw: once an exhibition's applications have closed, an officer runs
 * {@link AllocationPolicy} with a seed made from a public value announced before; the
 * stalls are written to {@code stall_allocations} and the record (seed, every input, the
 * result) is published. The draw is claimed first (one record per exhibition), so of two
 * officers running it at once exactly one writes an allocation set; a draw that fails
 * half way takes back what it wrote and gives up its claim.
 */
@Service
public class StallDraws {

	private final ExhibitionRepository exhibitions;

	private final StallApplicationRepository applications;

	private final StallAllocationRepository allocations;

	private final AllocationRecordRepository records;

	private final StallWaitlistRepository waitlist;

	private final SellerDirectory sellers;

	private final ExhibitionAudit audit;

	private final StallNotices notices;

	private final StallDirectory directory;

	private final Clock clock;

	private final ReservedClaims claims;

	StallDraws(ExhibitionRepository exhibitions, StallApplicationRepository applications,
			StallAllocationRepository allocations, AllocationRecordRepository records, StallWaitlistRepository waitlist,
			SellerDirectory sellers, ExhibitionAudit audit, StallNotices notices, StallDirectory directory,
			ReservedClaims claims, Clock clock) {
		this.claims = claims;
		this.directory = directory;
		this.exhibitions = exhibitions;
		this.applications = applications;
		this.allocations = allocations;
		this.records = records;
		this.waitlist = waitlist;
		this.sellers = sellers;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * Runs the exhibition's draw.
	 * @throws Refusal (in the Mono) NOT_FOUND for no such exhibition; INVALID without a
	 * public value; CONFLICT while applications are open, without a stall plan, once the
	 * exhibition has begun, or when the draw has been run (or is running)
	 */
	public Mono<AllocationRecord> run(String exhibitionId, String publicValue, MarketplaceUser officer) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		return Mono.fromCallable(() -> DrawSeed.of(publicValue))
			.flatMap((seed) -> exhibition(exhibitionId).flatMap((exhibition) -> {
				mayDraw(exhibition, today);
				return drawOn(exhibition, seed, today, officer.id(), this.clock.instant()).flatMap((done) -> this.audit
					.record(officer, "EXHIBITION_DRAWN", exhibitionId, null,
							Map.of("seed", done.result().draw().seed().sha256(), "placed",
									done.result().placements().size(), "waiting", done.result().waitlist().size()))
					// Each seller given a stall is told the fee and its day.
					.thenMany(this.allocations.allOf(exhibitionId))
					.concatMap((offered) -> this.notices.offered(offered, exhibition))
					.then(Mono.just(done)));
			}));
	}

	/**
	 * Claims, runs, writes and publishes a draw as of a day, without the checks, the
	 * audit line and the notices of {@link #run} (the demo data replays draws held before
	 * its exhibitions began).
	 */
	Mono<AllocationRecord> drawOn(Exhibition exhibition, DrawSeed seed, LocalDate drawnOn, String officerId,
			java.time.Instant startedAt) {
		String exhibitionId = exhibition.id();
		return this.records.claim(exhibitionId, officerId, startedAt)
			.flatMap((claimed) -> this.applications.applied(exhibitionId)
				.collectList()
				.flatMap((applied) -> draw(exhibition, applied, seed, drawnOn).flatMap(
						(result) -> write(exhibition, applied, result).then(this.records.complete(claimed, result))))
				.onErrorResume((failure) -> this.allocations.removeOfExhibition(exhibitionId)
					.then(this.waitlist.removeOfExhibition(exhibitionId))
					.then(this.records.release(exhibitionId))
					.then(Mono.error(failure))))
			// The placed sellers' listings carry their stalls in the search index.
			.flatMap((done) -> this.directory
				.allocationsChanged(
						done.result().placements().stream().map(AllocationResult.Placement::sellerId).toList())
				.thenReturn(done));
	}

	/** The exhibition's draw record, if a draw has been started. */
	public Mono<AllocationRecord> record(String exhibitionId) {
		return this.records.find(exhibitionId);
	}

	/** The names of the sellers in a record, for its page. */
	public Mono<Map<String, String>> names(AllocationRecord record) {
		return this.sellers.names(record.result().draw().applications().stream().map(Applicant::sellerId).toList());
	}

	/**
	 * The names of the exhibitions in a record's history, by id (one read by id per
	 * exhibition: a few a year over three years).
	 */
	public Mono<Map<String, ladakh.crafts.marketplace.shared.LocalizedText>> exhibitionNames(AllocationRecord record) {
		return Flux
			.fromIterable(
					record.result().draw().history().stream().map(PastAllocation::exhibitionId).distinct().toList())
			.concatMap(this.exhibitions::find)
			.collectMap(Exhibition::id, Exhibition::name);
	}

	/**
	 * One exhibition.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<Exhibition> exhibition(String exhibitionId) {
		return this.exhibitions.find(exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")));
	}

	/** Whether the draw may run today: applications closed, a plan, not begun. */
	public static boolean mayDrawOn(Exhibition exhibition, LocalDate today) {
		return exhibition.call() != null && exhibition.call().isClosedBy(today) && !exhibition.plan().isEmpty()
				&& exhibition.phaseOn(today) == Exhibition.Phase.UPCOMING;
	}

	private static void mayDraw(Exhibition exhibition, LocalDate today) {
		if (exhibition.call() == null || !exhibition.call().isClosedBy(today)) {
			throw Refusal.conflict("exhibitions.draw.windowOpen");
		}
		if (exhibition.plan().isEmpty()) {
			throw Refusal.conflict("exhibitions.draw.noPlan");
		}
		if (exhibition.phaseOn(today) != Exhibition.Phase.UPCOMING) {
			throw Refusal.conflict("exhibitions.draw.begun");
		}
	}

	private Mono<AllocationResult> draw(Exhibition exhibition, List<StallApplication> applied, DrawSeed seed,
			LocalDate today) {
		// Claimed categories count only where the records or an officer bear them out.
		return this.claims.applicants(applied)
			.flatMap((applicants) -> history(exhibition.id(), applicants)
				.map((history) -> AllocationPolicy.allocate(new AllocationDraw(exhibition.id(), today, seed,
						exhibition.plan().stalls(), applicants, history))));
	}

	/**
	 * The stalls the applicants had at other exhibitions, with those exhibitions' days.
	 */
	private Mono<List<PastAllocation>> history(String exhibitionId, List<Applicant> applicants) {
		return this.allocations.ofSellers(applicants.stream().map(Applicant::sellerId).toList())
			.filter((past) -> !past.exhibitionId().equals(exhibitionId))
			.collectList()
			.flatMap((past) -> Flux
				.fromIterable(past.stream().map(StallAllocationRepository.PastStall::exhibitionId).distinct().toList())
				.concatMap(this.exhibitions::find)
				.collectMap(Exhibition::id, Function.identity())
				.map((ended) -> past.stream()
					.filter((stall) -> ended.containsKey(stall.exhibitionId()))
					.map((stall) -> new PastAllocation(stall.sellerId(), stall.exhibitionId(),
							ended.get(stall.exhibitionId()).endsOn()))
					.toList()));
	}

	/**
	 * Each placed stall offered with its fee due by the call's day; everyone left on the
	 * waitlist in the policy's order, with the size they asked for.
	 */
	private Mono<Void> write(Exhibition exhibition, List<StallApplication> applied, AllocationResult result) {
		Map<String, StallApplication> bySeller = applied.stream()
			.collect(Collectors.toMap(StallApplication::sellerId, Function.identity()));
		LocalDate dueOn = (exhibition.call() != null) ? exhibition.call().feeDueOn() : exhibition.startsOn();
		List<StallAllocation> offers = result.placements()
			.stream()
			.map((placement) -> StallAllocation.offered(exhibition.id(),
					exhibition.plan().stall(placement.stallNumber()).orElseThrow(), placement.sellerId(),
					bySeller.get(placement.sellerId()).crafts(), dueOn))
			.toList();
		List<Waiting> waiting = result.waitlist().stream().map((entry) -> {
			StallApplication application = bySeller.get(entry.sellerId());
			return new Waiting(exhibition.id(), entry.sellerId(), entry.position(), entry.kind(), application.widthDm(),
					application.depthDm(), application.crafts(), null);
		}).toList();
		return this.allocations.insertAll(offers).then(this.waitlist.insertAll(waiting));
	}

}
