package ladakh.crafts.marketplace.training.cfc;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a machine's history: a breakdown or a servicing, on a day, with a note.
 *
 * @param id unique
 * @param machineId the machine
 * @param kind what happened
 * @param on the day it happened
 * @param note what was wrong or done
 * @param by the officer who recorded it
 * @param at when it was recorded
 */
public record MachineEvent(String id, String machineId, Kind kind, LocalDate on, String note, String by, Instant at) {

	/** What happened to the machine. */
	public enum Kind {

		BREAKDOWN, SERVICING

	}

}
