package ladakh.crafts.marketplace.training.placements;

import java.time.LocalDate;

/**
 * An instructor's placement at a training centre or a common facility centre, from a day
 * to a day (open while current). A move ends the current placement the day before the new
 * one begins, so an instructor's history has no overlaps.
 *
 * @param id unique
 * @param instructorId the instructor's user id
 * @param instructorName how they are named
 * @param place a training centre or a CFC
 * @param placeId the centre's id
 * @param placeName the centre's name when placed
 * @param from the first day
 * @param to the last day, or null while current
 */
public record Placement(String id, String instructorId, String instructorName, Place place, String placeId,
		String placeName, LocalDate from, LocalDate to) {

	/** Where an instructor can be placed. */
	public enum Place {

		CENTRE, CFC

	}

	public boolean current() {
		return this.to == null;
	}

}
