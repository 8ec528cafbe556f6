package ladakh.crafts.catalog.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Listings the index refused, each waiting for its next attempt with a backoff that
 * doubles per failure up to a limit; forgotten an hour after their last failure. Used by
 * the sync's one thread only.
 */
final class RetrySchedule {

	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final Map<String, Retry> retries = new HashMap<>();

	private final Duration first;

	private final Duration max;

	RetrySchedule(Duration first, Duration max) {
		this.first = first;
		this.max = max;
	}

	/**
	 * Records a failure and schedules the next attempt.
	 * @return how many attempts have failed
	 */
	int failed(String id, Instant now) {
		Retry retry = this.retries.merge(id, new Retry(1, now, now), (old, fresh) -> old.next(now));
		long millis = Math.min(this.max.toMillis(), this.first.toMillis() << Math.min(retry.attempts(), 16));
		Retry scheduled = new Retry(retry.attempts(), retry.lastFailure(), now.plusMillis(millis));
		this.retries.put(id, scheduled);
		return scheduled.attempts();
	}

	void succeeded(Collection<String> ids) {
		ids.forEach(this.retries::remove);
	}

	/** The listings whose next attempt is still ahead; forgets those failed long ago. */
	Set<String> waiting(Instant now) {
		this.retries.values().removeIf((retry) -> retry.lastFailure().plus(FORGET_AFTER).isBefore(now));
		Set<String> ids = new HashSet<>();
		this.retries.forEach((id, retry) -> {
			if (retry.notBefore().isAfter(now)) {
				ids.add(id);
			}
		});
		return ids;
	}

	private record Retry(int attempts, Instant lastFailure, Instant notBefore) {

		Retry next(Instant at) {
			return new Retry(this.attempts + 1, at, at);
		}

	}

}
