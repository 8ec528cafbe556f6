package ladakh.crafts.marketplace.training.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CentreSellers;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.system.security.UserLookup;
import ladakh.crafts.marketplace.training.cfc.FacilityCentres;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Places and moves instructors between training centres and common facility centres,
 * keeping each instructor's history (from–to). A training centre's instructors
 * ({@code TrainingCentre.instructedBy}, which decides whose batches an instructor may
 * touch) are kept as the projection of the current placements: a placement there adds the
 * instructor, a move away takes them off. See decision 0064.
 */
@Service
public class InstructorPlacements {

	/** The most centres a placement form offers. */
	static final int MOST_CENTRES = 200;

	private final PlacementRepository placements;

	private final CentreSellers centres;

	private final FacilityCentres cfcs;

	private final UserLookup users;

	private final AuditTrail audit;

	private final Clock clock;

	InstructorPlacements(PlacementRepository placements, CentreSellers centres, FacilityCentres cfcs, UserLookup users,
			AuditTrail audit, Clock clock) {
		this.placements = placements;
		this.centres = centres;
		this.cfcs = cfcs;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Places the instructor signed in as {@code login} at a centre from a day, ending
	 * their current placement the day before.
	 */
	public Mono<Placement> place(String login, Placement.Place place, String placeId, LocalDate from,
			MarketplaceUser by) {
		if (from == null || from.isAfter(IndiaTime.dayOf(this.clock.instant()).plusDays(365))) {
			return Mono.error(Refusal.invalid("placements.refused.from").at("from"));
		}
		return this.users.findByLogin((login != null) ? login.strip() : "")
			.filter((user) -> user.has(Role.INSTRUCTOR))
			.switchIfEmpty(Mono.error(() -> Refusal.invalid("placements.refused.notInstructor").at("login")))
			.flatMap((instructor) -> placeName(place, placeId)
				.switchIfEmpty(Mono.error(() -> Refusal.invalid("placements.refused.noPlace").at("placeId")))
				.flatMap((name) -> move(instructor, place, placeId, name, from, by)));
	}

	private Mono<Placement> move(MarketplaceUser instructor, Placement.Place place, String placeId, String name,
			LocalDate from, MarketplaceUser by) {
		Placement next = new Placement(instructor.id() + ":" + from, instructor.id(), instructor.displayName(), place,
				placeId, name, from, null);
		return this.placements.currentOf(instructor.id())
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap((current) -> {
				if (current.isPresent() && current.get().placeId().equals(placeId)) {
					return Mono.error(Refusal.conflict("placements.refused.alreadyThere").at("placeId"));
				}
				if (current.isPresent() && !from.isAfter(current.get().from())) {
					return Mono.error(Refusal.invalid("placements.refused.beforeCurrent").at("from"));
				}
				return this.placements.insert(next).flatMap((stored) -> {
					if (!stored) {
						return Mono.error(Refusal.conflict("placements.refused.sameDay").at("from"));
					}
					Mono<Void> ended = current
						.map((old) -> this.placements.end(old.id(), from.minusDays(1))
							.then((old.place() == Placement.Place.CENTRE)
									? this.centres.removeInstructor(old.placeId(), instructor.id()) : Mono.empty()))
						.orElse(Mono.empty());
					Mono<Void> added = (place == Placement.Place.CENTRE)
							? this.centres.addInstructor(placeId, instructor.id(), instructor.displayName())
							: Mono.empty();
					return ended.then(added)
						.then(this.audit.record(by, "INSTRUCTOR_PLACED", "INSTRUCTOR", instructor.id(), null,
								Map.of("placeId", placeId, "from", from.toString())))
						.thenReturn(next);
				});
			});
	}

	private Mono<String> placeName(Placement.Place place, String placeId) {
		if (placeId == null || placeId.isBlank()) {
			return Mono.empty();
		}
		if (place == Placement.Place.CENTRE) {
			return this.centres.find(placeId).map(Seller::name);
		}
		return this.cfcs.centre(placeId)
			.map((found) -> found.cfc().name())
			.onErrorResume(Refusal.class, (ex) -> Mono.empty());
	}

	/** Who is placed at a centre or CFC now. */
	public Flux<Placement> currentAt(String placeId) {
		return this.placements.currentAt(placeId);
	}

	/** The latest placements, the latest first. */
	public Flux<Placement> latest() {
		return this.placements.latest();
	}

	/** An instructor's history, the latest first. */
	public Flux<Placement> historyOf(String instructorId) {
		return this.placements.ofInstructor(instructorId);
	}

	/** The places an instructor can be placed at: training centres, then CFCs. */
	public Mono<List<PlaceOption>> places() {
		return this.centres.byId(null, MOST_CENTRES)
			.map((centre) -> new PlaceOption(Placement.Place.CENTRE, centre.id(), centre.name()))
			.concatWith(this.cfcs.centres().map((cfc) -> new PlaceOption(Placement.Place.CFC, cfc.id(), cfc.name())))
			.collectList();
	}

	/** A place the form offers. */
	public record PlaceOption(Placement.Place place, String id, String name) {

		/** The form's value: {@code CENTRE:tc-0001}. */
		public String value() {
			return this.place.name() + ":" + this.id;
		}

	}

}
