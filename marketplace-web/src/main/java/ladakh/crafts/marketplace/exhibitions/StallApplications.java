package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The sellers' side of exhibitions: which exhibitions take applications, applying for
 * one's own seller (never another's: the seller id is the signed-in account's), one's
 * applications, and withdrawing one while the window is open. Another seller's
 * application is not found.
 */
@Service
public class StallApplications {

	private final StallApplicationRepository applications;

	private final ExhibitionRepository exhibitions;

	private final SellerDirectory sellers;

	private final Listings listings;

	private final CraftNames craftNames;

	private final Clock clock;

	StallApplications(StallApplicationRepository applications, ExhibitionRepository exhibitions,
			SellerDirectory sellers, Listings listings, CraftNames craftNames, Clock clock) {
		this.applications = applications;
		this.exhibitions = exhibitions;
		this.sellers = sellers;
		this.listings = listings;
		this.craftNames = craftNames;
		this.clock = clock;
	}

	/** The exhibitions taking applications today, soonest first. */
	public Flux<Exhibition> open() {
		LocalDate today = today();
		return this.exhibitions.notEndedBy(today, ExhibitionCalendar.NOT_ENDED_SHOWN)
			.filter((exhibition) -> exhibition.takesApplicationsOn(today))
			.sort(java.util.Comparator.comparing(Exhibition::startsOn).thenComparing(Exhibition::id));
	}

	/**
	 * An exhibition a seller looks at to apply.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<Exhibition> exhibition(String id) {
		return this.exhibitions.find(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.notFound")));
	}

	/** Whether the exhibition takes applications today. */
	public boolean takesApplications(Exhibition exhibition) {
		return exhibition.takesApplicationsOn(today());
	}

	/** The seller's listings they may show (not removed), one page. */
	public Mono<List<Listing>> showable(String sellerId) {
		return this.listings.mine(sellerId, (After) null)
			.map((page) -> page.items()
				.stream()
				.filter((listing) -> listing.status() != ListingStatus.REMOVED)
				.toList());
	}

	/**
	 * Applies for the seller's own stall.
	 * @throws Refusal (in the Mono) NOT_FOUND for no such exhibition; CONFLICT when
	 * applications are closed, the seller may not apply or has applied; INVALID with the
	 * field at fault
	 */
	public Mono<StallApplication> apply(String sellerId, String exhibitionId, Choice choice) {
		return exhibition(exhibitionId)
			.flatMap((exhibition) -> this.sellers.standing(sellerId)
				.filter(SellerDirectory.Standing::sellsNow)
				.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.apply.notActive")))
				.flatMap((seller) -> this.craftNames.all()
					.filter((known) -> known.keySet().containsAll(choice.crafts()))
					.switchIfEmpty(Mono.error(() -> Refusal.invalid("exhibitions.apply.craftUnknown").at("crafts")))
					.thenMany(Flux.fromIterable(choice.listingIds()))
					.concatMap((listingId) -> this.listings.mine(sellerId, listingId)
						.onErrorMap(Refusal.class,
								(ex) -> Refusal.invalid("exhibitions.apply.listingNotYours").at("listingIds")))
					.then(Mono.fromCallable(() -> StallApplication.apply(exhibition, sellerId, seller.kind(),
							choice.crafts(), choice.listingIds(), choice.kind(), choice.widthDm(), choice.depthDm(),
							today(), this.clock.instant()))))
				.flatMap((fresh) -> this.applications.of(exhibitionId, sellerId)
					.flatMap((existing) -> this.applications.save(existing, existing.reapply(fresh))
						.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.apply.already"))))
					.switchIfEmpty(Mono.defer(() -> this.applications.insert(fresh)))))
			// Claims are kept beside the application, for the records and officers to
			// bear out before the draw (docs/decisions/0065).
			.flatMap((applied) -> this.applications.claim(applied.id(), choice.claims()).thenReturn(applied));
	}

	/** The seller's applications, the latest first, with their exhibitions. */
	public Mono<Page<Mine>> mine(String sellerId, After after) {
		LocalDate today = today();
		return this.applications.ofSeller(sellerId, after, Page.SIZE + 1)
			.concatMap((application) -> this.exhibitions.find(application.exhibitionId())
				.map((exhibition) -> new Mine(application, exhibition,
						application.status() == StallApplication.Status.APPLIED
								&& exhibition.takesApplicationsOn(today))))
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE,
					(mine) -> After.of(mine.application().appliedAt(), mine.application().id())));
	}

	/**
	 * Withdraws one of the seller's applications.
	 * @throws Refusal (in the Mono) NOT_FOUND when it is not theirs; CONFLICT when the
	 * window has closed or it is withdrawn already
	 */
	public Mono<StallApplication> withdraw(String sellerId, String applicationId) {
		return this.applications.find(applicationId)
			.filter((application) -> application.sellerId().equals(sellerId))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.application.notFound")))
			.flatMap((application) -> exhibition(application.exhibitionId())
				.flatMap((exhibition) -> this.applications.save(application, application.withdraw(exhibition, today()))
					.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")))));
	}

	private LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	/**
	 * What a seller chooses on the form.
	 *
	 * @param crafts crafts they will show
	 * @param listingIds their listings they will show
	 * @param kind the stall kind
	 * @param widthDm width needed
	 * @param depthDm depth needed
	 * @param claims reserved categories claimed (borne out by records or officers later)
	 */
	public record Choice(List<String> crafts, List<String> listingIds, StallKind kind, int widthDm, int depthDm,
			java.util.Set<ReservedCategory> claims) {

		public Choice {
			crafts = List.copyOf(crafts);
			listingIds = List.copyOf(listingIds);
			claims = (claims != null) ? java.util.Set.copyOf(claims) : java.util.Set.of();
			if (!ReservedClaim.CLAIMABLE.containsAll(claims)) {
				throw Refusal.invalid("exhibitions.claim.unknown").at("claims");
			}
		}

		/** A choice claiming no reserved category. */
		public Choice(List<String> crafts, List<String> listingIds, StallKind kind, int widthDm, int depthDm) {
			this(crafts, listingIds, kind, widthDm, depthDm, java.util.Set.of());
		}

	}

	/**
	 * One of the seller's applications.
	 *
	 * @param application the application
	 * @param exhibition its exhibition
	 * @param mayWithdraw applied and the window still open
	 */
	public record Mine(StallApplication application, Exhibition exhibition, boolean mayWithdraw) {

	}

}
