package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.sellers.WomenShgs;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reserved-category claims on stall applications (docs/decisions/0065): what applicants
 * claim, officers' decisions on the claims no record can bear out (each with a reason, in
 * the audit trail), and, at the draw, the evidence the records give, so that the policy
 * counts verified categories only ({@link ClaimCheck}).
 */
@Service
public class ReservedClaims {

	/**
	 * Listing ids per read: the embedded engine serves up to 500 values in an
	 * {@code $in}.
	 */
	static final int SLICE = 500;

	private final StallApplicationRepository applications;

	private final AllocationRecordRepository records;

	private final ListingQueries listings;

	private final WomenShgs womenShgs;

	private final ExhibitionAudit audit;

	private final Clock clock;

	ReservedClaims(StallApplicationRepository applications, AllocationRecordRepository records, ListingQueries listings,
			WomenShgs womenShgs, ExhibitionAudit audit, Clock clock) {
		this.applications = applications;
		this.records = records;
		this.listings = listings;
		this.womenShgs = womenShgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The claims of these applications, by application id (none: absent or empty). */
	public Mono<Map<String, List<ReservedClaim>>> of(Collection<String> applicationIds) {
		return applicationIds.isEmpty() ? Mono.just(Map.of()) : this.applications.claims(applicationIds);
	}

	/**
	 * An officer verifies or rejects a claim, with a reason, before the draw.
	 * @throws Refusal (in the Mono) NOT_FOUND when the application (at this exhibition)
	 * or the claim is not there; INVALID without a reason; CONFLICT once drawn or when
	 * another officer decided it meanwhile
	 */
	public Mono<ReservedClaim> decide(MarketplaceUser officer, String exhibitionId, String applicationId,
			ReservedCategory category, boolean verified, String reason) {
		return Mono.fromCallable(() -> ReservedClaim.reason(reason))
			.then(this.applications.find(applicationId))
			.filter((application) -> application.exhibitionId().equals(exhibitionId))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.application.notFound")))
			.flatMap((application) -> this.records.find(exhibitionId)
				.flatMap((drawn) -> Mono.<ReservedClaim>error(Refusal.conflict("exhibitions.claim.drawn")))
				.switchIfEmpty(Mono.defer(() -> this.applications.claims(List.of(applicationId))
					.flatMap((claims) -> Mono.justOrEmpty(claims.getOrDefault(applicationId, List.of())
						.stream()
						.filter((claim) -> claim.category() == category)
						.findFirst()))
					.switchIfEmpty(Mono.error(() -> Refusal.notFound("exhibitions.claim.notFound")))
					.flatMap((before) -> Mono
						.fromCallable(() -> before.decided(verified, reason, officer.id(), this.clock.instant()))
						.flatMap((after) -> this.applications.decide(applicationId, before, after)
							.filter(Boolean::booleanValue)
							.switchIfEmpty(Mono.error(() -> Refusal.conflict("exhibitions.stale")))
							.then(this.audit.record(officer, verified ? "STALL_CLAIM_VERIFIED" : "STALL_CLAIM_REJECTED",
									exhibitionId, after.reason(),
									Map.of("application", applicationId, "sellerId", application.sellerId(), "category",
											category.name())))
							.thenReturn(after))))));
	}

	/**
	 * The policy's inputs for these applications: each with the categories the records or
	 * an officer bear out, and no other.
	 */
	Mono<List<Applicant>> applicants(List<StallApplication> applied) {
		return of(applied.stream().map(StallApplication::id).toList()).flatMap((claims) -> {
			List<StallApplication> claimingGi = claiming(applied, claims, ReservedCategory.GI_CRAFT);
			List<StallApplication> claimingShg = claiming(applied, claims, ReservedCategory.WOMEN_SHG);
			return Mono
				.zip(giSellers(claimingGi),
						claimingShg.isEmpty() ? Mono.just(Set.<String>of())
								: this.womenShgs.among(claimingShg.stream().map(StallApplication::sellerId).toList()))
				.map((evidence) -> applied.stream()
					.map((application) -> ClaimCheck.applicant(application,
							claims.getOrDefault(application.id(), List.of()),
							new ClaimCheck.Evidence(evidence.getT1().contains(application.sellerId()),
									evidence.getT2().contains(application.sellerId()))))
					.toList());
		});
	}

	/** Sellers with a listing named on their application that has a GI number. */
	private Mono<Set<String>> giSellers(List<StallApplication> claiming) {
		Map<String, String> sellerOfListing = claiming.stream()
			.flatMap((application) -> application.listingIds()
				.stream()
				.map((listingId) -> Map.entry(listingId, application.sellerId())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
		if (sellerOfListing.isEmpty()) {
			return Mono.just(Set.of());
		}
		List<String> ids = List.copyOf(sellerOfListing.keySet());
		return reactor.core.publisher.Flux.range(0, (ids.size() + SLICE - 1) / SLICE)
			.concatMap((i) -> this.listings.visibleAmong(ids.subList(i * SLICE, Math.min(ids.size(), (i + 1) * SLICE))))
			.filter((listing) -> listing.giNumber() != null && !listing.giNumber().isBlank()
					&& listing.sellerId().equals(sellerOfListing.get(listing.id())))
			.map(Listing::sellerId)
			.collect(Collectors.toSet());
	}

	private static List<StallApplication> claiming(List<StallApplication> applied,
			Map<String, List<ReservedClaim>> claims, ReservedCategory category) {
		return applied.stream()
			.filter((application) -> claims.getOrDefault(application.id(), List.of())
				.stream()
				.anyMatch(
						(claim) -> claim.category() == category && claim.decision() != ReservedClaim.Decision.REJECTED))
			.toList();
	}

}
