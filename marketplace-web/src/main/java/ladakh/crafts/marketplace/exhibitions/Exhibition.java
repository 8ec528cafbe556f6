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
 * @param version bumped by every stored move
 */
public record Exhibition(String id, LocalizedText name, String venue, String place, String district, LocalDate startsOn,
		LocalDate endsOn, LocalizedText description, StallPlan plan, long version) {

	public Exhibition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		if (endsOn.isBefore(startsOn)) {
			throw Refusal.invalid("exhibitions.dates.order").at("endsOn");
		}
		plan = (plan != null) ? plan : StallPlan.EMPTY;
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
				this.description, newPlan, this.version + 1);
	}

	/** Upcoming, current or past. */
	public enum Phase {

		UPCOMING, CURRENT, PAST

	}

}
