package ladakh.crafts.marketplace.training.cfc;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A seller's booking of a machine for a slot of a day. Its id is
 * {@code <machine>:<day>:<slot>}, so a slot is booked once: a second booking, even a
 * racing one, is a duplicate key. Past bookings are the machine's usage log.
 *
 * @param id {@code <machine>:<day>:<slot>}
 * @param machineId the machine
 * @param cfcId its centre
 * @param day the day
 * @param slot morning or afternoon
 * @param sellerId the seller it is booked for (always the one who booked)
 * @param by the account that booked
 * @param at when
 */
public record Booking(String id, String machineId, String cfcId, LocalDate day, Slot slot, String sellerId, String by,
		Instant at) {

	/** The day's two slots. */
	public enum Slot {

		MORNING, AFTERNOON

	}

	static String idOf(String machineId, LocalDate day, Slot slot) {
		return machineId + ":" + day + ":" + slot.name();
	}

}
