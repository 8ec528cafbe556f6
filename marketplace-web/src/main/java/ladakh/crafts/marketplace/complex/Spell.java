package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.util.Objects;

/**
 * One seller's time in a shop during a term: how it began and, once over, how it ended.
 * Spells are only ever added or ended, never rewritten, so a shop term's spells are its
 * whole history.
 *
 * @param sellerId the holder
 * @param grant how they got it
 * @param reason the officer's reason (null for the schedule)
 * @param by the user who acted ({@code system} for the schedule and offers)
 * @param at when it began
 * @param ending how it ended, or null while it lasts
 * @param endedAt when it ended, or null
 * @param endReason the officer's reason for the ending, or null
 */
public record Spell(String sellerId, Grant grant, String reason, String by, Instant at, Ending ending, Instant endedAt,
		String endReason) {

	public Spell {
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(grant, "grant");
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
	}

	static Spell begin(String sellerId, Grant grant, String reason, String by, Instant at) {
		return new Spell(sellerId, grant, reason, by, at, null, null, null);
	}

	public boolean current() {
		return this.ending == null;
	}

	Spell end(Ending how, String reason, Instant when) {
		return new Spell(this.sellerId, this.grant, this.reason, this.by, this.at, how, when, reason);
	}

	/** How a spell began. */
	public enum Grant {

		/** Given by the rotation schedule. */
		SCHEDULED,
		/** Allotted by hand by an officer, with a reason. */
		ALLOTTED,
		/** Offered to the next in rotation after a surrender. */
		OFFERED,
		/** Taken in a swap both holders agreed to. */
		SWAPPED

	}

	/** How a spell ended before the term did. */
	public enum Ending {

		/** The holder gave the shop up. */
		SURRENDERED,
		/** The holder swapped it for another shop. */
		SWAPPED

	}

}
