package ladakh.crafts.marketplace.search;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * A value computed at most once per {@code ttl} (decision 44): the home page's counts
 * would otherwise be a count over whole collections on every request. Requests that
 * arrive while it is being computed wait for that one computation; an error or an empty
 * answer is not kept, so the next request tries again.
 */
final class ShortLived<T> {

	private final Mono<T> value;

	/**
	 * @param source a cold source: each subscription computes afresh
	 * @param ttl how long an answer is kept; zero keeps none
	 */
	ShortLived(Mono<T> source, Duration ttl) {
		this.value = (ttl.isZero() || ttl.isNegative()) ? source
				: source.cache((answer) -> ttl, (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	Mono<T> get() {
		return this.value;
	}

}
