package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * An exhibition the department gives stalls at (Ladakh Festival, Sindhu Darshan, the
 * Dosmoche Mela). It decides its own moves; {@link ExhibitionRepository} stores each move
 * conditionally on the version it was read at.
 *
 * @param id e.g. {@code ladakh-festival-2026}
 * @param name in English and Hindi
 * @param venue the ground or hall ("Polo Ground"), or null
 * @param place the town ("Leh")
 * @param district {@code LEH} or {@code KARGIL} (or null outside Ladakh)
 * @param startsOn the first day
 * @param endsOn the last day
 * @param description in English and Hindi, or null
 * @param plan the stall plan (empty until an officer builds it)
 * @param call the call for applications, or null before an officer sets one
 * @param version bumped by every stored move
 */
public record Exhibition(String id, LocalizedText name, String venue, String place, String district, LocalDate startsOn,
		LocalDate endsOn, LocalizedText description, StallPlan plan, ApplicationCall call, long version) {

	/** Ids people can read in an address: {@code ladakh-festival-2027}. */
	static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+){0,12}");

	public Exhibition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		if (endsOn.isBefore(startsOn)) {
			throw Refusal.invalid("exhibitions.dates.order").at("endsOn");
		}
		plan = (plan != null) ? plan : StallPlan.EMPTY;
		if (call != null && !call.closesOn().isBefore(startsOn)) {
			throw Refusal.invalid("exhibitions.call.closesBeforeStart").at("closesOn");
		}
		if (call != null && call.feeDueOn().isAfter(startsOn)) {
			throw Refusal.invalid("exhibitions.call.feeBeforeStart").at("feeDueOn");
		}
	}

	/** An exhibition without a call for applications (as the demo data stores them). */
	public Exhibition(String id, LocalizedText name, String venue, String place, String district, LocalDate startsOn,
			LocalDate endsOn, LocalizedText description, StallPlan plan, long version) {
		this(id, name, venue, place, district, startsOn, endsOn, description, plan, null, version);
	}

	/**
	 * A new exhibition an officer announces, with no stalls yet; it must lie ahead.
	 */
	public static Exhibition announce(String id, Facts facts, LocalDate today) {
		if (id == null || !ID.matcher(id).matches()) {
			throw Refusal.invalid("exhibitions.id").at("nameEn");
		}
		facts.mustLieAhead(today);
		return new Exhibition(id, facts.name(), facts.venue(), facts.place(), facts.district(), facts.startsOn(),
				facts.endsOn(), null, StallPlan.EMPTY, facts.call(), 0);
	}

	/**
	 * The exhibition with new facts (name, place, dates, call); only before it begins,
	 * and never moved into the past.
	 */
	public Exhibition revise(Facts facts, LocalDate today) {
		if (phaseOn(today) != Phase.UPCOMING) {
			throw Refusal.conflict("exhibitions.revise.begun", this.id);
		}
		facts.mustLieAhead(today);
		return new Exhibition(this.id, facts.name(), facts.venue(), facts.place(), facts.district(), facts.startsOn(),
				facts.endsOn(), this.description, this.plan, facts.call(), this.version + 1);
	}

	/** Whether sellers may apply on this day. */
	public boolean takesApplicationsOn(LocalDate today) {
		return this.call != null && this.call.isOpenOn(today);
	}

	/** Where it is in time on a day (India time). */
	public Phase phaseOn(LocalDate today) {
		if (today.isAfter(this.endsOn)) {
			return Phase.PAST;
		}
		return today.isBefore(this.startsOn) ? Phase.UPCOMING : Phase.CURRENT;
	}

	/**
	 * The exhibition with a new stall plan. An exhibition that has begun keeps its plan:
	 * stalls are standing and people are at them.
	 */
	public Exhibition planStalls(StallPlan newPlan, LocalDate today) {
		Objects.requireNonNull(newPlan, "newPlan");
		if (phaseOn(today) != Phase.UPCOMING) {
			throw Refusal.conflict("exhibitions.plan.begun", this.id);
		}
		return new Exhibition(this.id, this.name, this.venue, this.place, this.district, this.startsOn, this.endsOn,
				this.description, newPlan, this.call, this.version + 1);
	}

	/**
	 * What an officer sets on an exhibition's form.
	 *
	 * @param name in English and Hindi
	 * @param venue the ground or hall, or null
	 * @param place the town
	 * @param district {@code LEH}, {@code KARGIL} or null
	 * @param startsOn the first day
	 * @param endsOn the last day
	 * @param call the call for applications
	 */
	public record Facts(LocalizedText name, String venue, String place, String district, LocalDate startsOn,
			LocalDate endsOn, ApplicationCall call) {

		public Facts {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(place, "place");
			Objects.requireNonNull(startsOn, "startsOn");
			Objects.requireNonNull(endsOn, "endsOn");
			Objects.requireNonNull(call, "call");
			// A fair or a mela runs days or weeks; the home page finds the ones on now
			// among those begun in the last year.
			if (endsOn.isAfter(startsOn.plusYears(1).minusDays(1))) {
				throw Refusal.invalid("exhibitions.dates.tooLong").at("endsOn");
			}
		}

		void mustLieAhead(LocalDate today) {
			if (!this.startsOn.isAfter(today)) {
				throw Refusal.invalid("exhibitions.dates.ahead").at("startsOn");
			}
			if (this.call.opensOn().isBefore(today.minusYears(1))) {
				throw Refusal.invalid("exhibitions.call.opensLongAgo").at("opensOn");
			}
		}

	}

	/** Upcoming, current or past. */
	public enum Phase {

		UPCOMING, CURRENT, PAST

	}

}
