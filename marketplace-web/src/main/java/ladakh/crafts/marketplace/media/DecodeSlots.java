package ladakh.crafts.marketplace.media;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The few slots in which uploads are decoded, shared by every form that takes photos: a
 * decode holds a sizeable raster, so only {@code marketplace.media.decode-slots} run at
 * once. A decode that finds them all taken tries again for a short while and is then
 * refused as {@link Busy}, so nothing queues without bound. The slot is taken and given
 * back inside the task itself, so a cancelled request cannot leak one.
 */
@Component
@EnableConfigurationProperties(MediaProperties.class)
public class DecodeSlots {

	private static final Duration RETRY_STEP = Duration.ofMillis(50);

	private final Semaphore slots;

	private final int capacity;

	private final long retries;

	public DecodeSlots(MediaProperties properties) {
		this.capacity = properties.decodeSlots();
		this.slots = new Semaphore(this.capacity);
		this.retries = properties.decodeWait().toMillis() / RETRY_STEP.toMillis();
	}

	/** How many decodes may run at once. */
	public int capacity() {
		return this.capacity;
	}

	/**
	 * Runs a decode on the bounded elastic scheduler once a slot is free.
	 * @param work the decode (blocking)
	 * @return its result, or a {@link Busy} error when no slot came free in time
	 */
	public <T> Mono<T> run(Callable<T> work) {
		Mono<T> attempt = Mono.fromCallable(() -> {
			if (!this.slots.tryAcquire()) {
				throw new Busy();
			}
			try {
				return work.call();
			}
			finally {
				this.slots.release();
			}
		}).subscribeOn(Schedulers.boundedElastic());
		return attempt.retryWhen(Retry.fixedDelay(this.retries, RETRY_STEP)
			.filter(Busy.class::isInstance)
			.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	/**
	 * Every slot stayed taken for the whole wait: the caller answers "busy, try again".
	 */
	public static final class Busy extends RuntimeException {

		Busy() {
			super("Every image decoding slot is taken", null, false, false);
		}

	}

}
