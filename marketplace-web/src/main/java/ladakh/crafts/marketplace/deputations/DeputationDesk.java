package ladakh.crafts.marketplace.deputations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDesk;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Deputations use the exhibitions' engine as it is: an officer announces the exhibition
 * (the IITF, a haat) and its call for applications on the exhibitions' pages, then makes
 * it a deputation here with a number of places, which become its stall plan
 * ({@code P1}..{@code PN}); sellers apply and the draw gives the places by the same
 * policy (docs/decisions/0055). What is a deputation's own is where it goes and each
 * participant's travel dates.
 */
@Service
public class DeputationDesk {

	/** Deputations on the officers' list. */
	static final int LATEST = 40;

	private final DeputationRepository deputations;

	private final ExhibitionDesk exhibitions;

	private final StallDraws draws;

	private final SellerDirectory sellers;

	private final AuditTrail audit;

	private final Clock clock;

	DeputationDesk(DeputationRepository deputations, ExhibitionDesk exhibitions, StallDraws draws,
			SellerDirectory sellers, AuditTrail audit, Clock clock) {
		this.deputations = deputations;
		this.exhibitions = exhibitions;
		this.draws = draws;
		this.sellers = sellers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes an exhibition a deputation with this many places (its stall plan).
	 * @throws Refusal (in the Mono) NOT_FOUND for no such exhibition; INVALID for places
	 * out of range; CONFLICT when it is a deputation already or its stalls are drawn
	 */
	public Mono<Deputation> declare(String exhibitionId, Destination destination, int places, MarketplaceUser officer) {
		return Mono.fromCallable(() -> new Deputation(exhibitionId, destination, places, List.of(), 0))
			.flatMap((deputation) -> this.exhibitions.find(exhibitionId)
				.flatMap((exhibition) -> this.deputations.insert(deputation)
					.flatMap((stored) -> this.exhibitions
						.replacePlan(officer, exhibitionId, exhibition.version(), Deputation.placesPlan(places))
						.thenReturn(stored)
						// A plan that may not change (drawn, begun) leaves no deputation.
						.onErrorResume((failure) -> this.deputations.remove(exhibitionId).then(Mono.error(failure))))))
			.flatMap((stored) -> this.audit
				.record(officer, "DEPUTATION_DECLARED", "EXHIBITION", exhibitionId, null,
						Map.of("destination", destination.name(), "places", places))
				.thenReturn(stored));
	}

	/**
	 * Records a participant's travel dates.
	 * @throws Refusal (in the Mono) NOT_FOUND for no such deputation; CONFLICT when the
	 * seller has no place (or another officer saved first); INVALID for dates that miss
	 * the exhibition's days
	 */
	public Mono<Deputation> travel(String exhibitionId, String sellerId, LocalDate departsOn, LocalDate returnsOn,
			MarketplaceUser officer) {
		return Mono.zip(find(exhibitionId), this.exhibitions.find(exhibitionId), placed(exhibitionId))
			.flatMap((found) -> {
				if (found.getT3().stream().noneMatch((p) -> p.sellerId().equals(sellerId))) {
					return Mono.error(Refusal.conflict("deputations.travel.noPlace"));
				}
				Exhibition exhibition = found.getT2();
				Deputation moved = found.getT1()
					.withTravel(sellerId, departsOn, returnsOn, exhibition.startsOn(), exhibition.endsOn(),
							officer.id(), this.clock.instant());
				return this.deputations.save(moved, found.getT1().version())
					.flatMap((saved) -> saved ? Mono.just(moved) : Mono.error(Refusal.conflict("deputations.moved")));
			})
			.flatMap((moved) -> this.audit
				.record(officer, "DEPUTATION_TRAVEL_SET", "EXHIBITION", exhibitionId, null,
						Map.of("sellerId", sellerId, "departsOn", departsOn.toString(), "returnsOn",
								returnsOn.toString()))
				.thenReturn(moved));
	}

	/**
	 * One deputation.
	 * @throws Refusal NOT_FOUND (in the Mono) when there is none
	 */
	public Mono<Deputation> find(String exhibitionId) {
		return this.deputations.find(exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("deputations.notFound")));
	}

	/** The exhibition a deputation is. */
	public Mono<Exhibition> exhibition(String exhibitionId) {
		return this.exhibitions.find(exhibitionId);
	}

	/** The latest deputations. */
	public Mono<List<Deputation>> latest() {
		return this.deputations.latest(LATEST).collectList();
	}

	/** Those the draw gave a place, in place order (none before the draw). */
	public Mono<List<AllocationResult.Placement>> placed(String exhibitionId) {
		return this.draws.record(exhibitionId)
			.filter(AllocationRecord::done)
			.map((record) -> record.result().placements())
			.defaultIfEmpty(List.of());
	}

	/** Names of sellers. */
	public Mono<Map<String, String>> names(List<String> sellerIds) {
		return this.sellers.names(sellerIds);
	}

}
