package ladakh.crafts.marketplace.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

/**
 * Work waiting for a decision by how long it has waited since it last changed: up to a
 * week (0–7 days), up to a month (8–30 days, more than 7 × 24 hours), longer (over 30
 * days, more than 30 × 24 hours). Each band is counted on its own in the database, so the
 * total is exactly the sum of the bands.
 *
 * @param upToAWeek waited 7 days or less
 * @param upToAMonth waited more than 7 days and at most 30
 * @param longer waited more than 30 days
 */
public record WaitingAges(long upToAWeek, long upToAMonth, long longer) {

	public static final Duration WEEK = Duration.ofDays(7);

	public static final Duration MONTH = Duration.ofDays(30);

	public WaitingAges {
		if (upToAWeek < 0 || upToAMonth < 0 || longer < 0) {
			throw new IllegalArgumentException("a band counts zero or more");
		}
	}

	public long total() {
		return this.upToAWeek + this.upToAMonth + this.longer;
	}

	/**
	 * Counts the three bands by {@code now}.
	 * @param count how many changed last from (inclusive, null: no lower bound) before
	 * (exclusive, null: no upper bound), on the owner's (status, updatedAt) index
	 */
	public static Mono<WaitingAges> counted(Instant now, BiFunction<Instant, Instant, Mono<Long>> count) {
		Instant week = now.minus(WEEK);
		Instant month = now.minus(MONTH);
		return Mono.zip(count.apply(week, null), count.apply(month, week), count.apply(null, month))
			.map((counts) -> new WaitingAges(counts.getT1(), counts.getT2(), counts.getT3()));
	}

}
