package ladakh.crafts.marketplace.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Work waiting for a decision: how many, and since when the oldest has waited.
 *
 * @param count how many are waiting
 * @param oldestSince when the one waiting longest last changed, or null when none waits
 */
public record Backlog(long count, Instant oldestSince) {

	public static final Backlog NONE = new Backlog(0, null);

	public Backlog {
		if (count < 0) {
			throw new IllegalArgumentException("a backlog counts zero or more");
		}
	}

	/** Whole days the oldest has waited by {@code now}; 0 when none waits. */
	public long oldestDays(Instant now) {
		return (this.oldestSince == null) ? 0 : Math.max(0, Duration.between(this.oldestSince, now).toDays());
	}

}
