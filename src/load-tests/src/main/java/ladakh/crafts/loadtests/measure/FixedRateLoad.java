package ladakh.crafts.loadtests.measure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load: operation {@code i} is due at {@code start + i / rate}, whether or
 * not earlier ones have answered, and its latency is measured from that intended time,
 * not from when it was actually sent. A slow system therefore shows its queueing in the
 * latencies instead of quietly slowing the load down (no coordinated omission).
 */
public final class FixedRateLoad {

	private final double perSecond;

	private final Duration duration;

	private final Duration drainTimeout;

	/**
	 * A load.
	 * @param perSecond operations started per second
	 * @param duration how long to keep starting them
	 * @param drainTimeout how long to wait at the end for the last answers; operations
	 * still open then count as errors
	 */
	public FixedRateLoad(double perSecond, Duration duration, Duration drainTimeout) {
		if (perSecond <= 0) {
			throw new IllegalArgumentException("perSecond must be positive");
		}
		this.perSecond = perSecond;
		this.duration = duration;
		this.drainTimeout = drainTimeout;
	}

	/** How many operations the load starts. */
	public int operations() {
		return (int) Math.floor(this.duration.toNanos() / 1e9 * this.perSecond);
	}

	/**
	 * Runs the load on the calling thread.
	 * @param operation starts operation {@code i} and completes when it has answered;
	 * must not block (a blocking one delays later sends, which then show as latency)
	 * @return the latencies, measured from each operation's intended start
	 */
	public Latencies run(IntFunction<? extends CompletionStage<?>> operation) {
		Latencies latencies = new Latencies();
		int total = operations();
		double intervalNanos = 1e9 / this.perSecond;
		CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
		java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long intended = start + (long) (i * intervalNanos);
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			CompletableFuture<Object> done = new CompletableFuture<>();
			pending[i] = done;
			CompletionStage<?> stage;
			try {
				stage = operation.apply(i);
			}
			catch (RuntimeException ex) {
				latencies.error();
				done.complete(null);
				continue;
			}
			stage.whenComplete((result, failure) -> {
				if (closed.get()) {
					return; // already counted as an error when the drain timed out
				}
				if (failure != null) {
					latencies.error();
				}
				else {
					latencies.record(System.nanoTime() - intended);
				}
				done.complete(null);
			});
		}
		try {
			CompletableFuture.allOf(pending).get(this.drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			closed.set(true);
			for (CompletableFuture<?> future : pending) {
				if (!future.isDone()) {
					latencies.error();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while draining the load", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		return latencies;
	}

}
