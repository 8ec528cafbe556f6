package ladakh.crafts.loadtests.measure;

import java.time.Duration;
import java.util.Arrays;

/**
 * Latencies recorded by a measurement, with exact percentiles (nearest rank) and the
 * number of failed operations. Thread-safe for recording.
 */
public final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	private int errors;

	/** Records one successful operation's latency. */
	public synchronized void record(long latencyNanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.nanos.length * 2);
		}
		this.nanos[this.count++] = latencyNanos;
	}

	/** Records a failed operation (its latency is not counted). */
	public synchronized void error() {
		this.errors++;
	}

	public synchronized int count() {
		return this.count;
	}

	public synchronized int errors() {
		return this.errors;
	}

	/**
	 * The latency that {@code percent} of the operations did not exceed (nearest rank).
	 * @param percent from 0 (exclusive) to 100
	 * @return the percentile
	 */
	public synchronized Duration percentile(double percent) {
		if (this.count == 0) {
			throw new IllegalStateException("no latencies recorded");
		}
		if (!(percent > 0 && percent <= 100)) {
			throw new IllegalArgumentException("percent must be in (0, 100]");
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return Duration.ofNanos(sorted[Math.max(0, rank - 1)]);
	}

	public Duration p50() {
		return percentile(50);
	}

	public Duration p99() {
		return percentile(99);
	}

	public Duration max() {
		return percentile(100);
	}

	/** Adds another measurement's latencies and errors to this one. */
	public synchronized Latencies addAll(Latencies other) {
		long[] theirs;
		int theirErrors;
		synchronized (other) {
			theirs = Arrays.copyOf(other.nanos, other.count);
			theirErrors = other.errors;
		}
		for (long value : theirs) {
			record(value);
		}
		this.errors += theirErrors;
		return this;
	}

}
