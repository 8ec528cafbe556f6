package ladakh.crafts.marketplace.shared;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A background sweep for the areas' lifecycles: run every interval, one at a time (a tick
 * that comes while one runs is dropped), a failure logged and left to the next tick. An
 * interval that is not positive schedules nothing.
 */
public final class PeriodicSweep {

	private static final Logger log = LoggerFactory.getLogger(PeriodicSweep.class);

	private final String name;

	private final Duration interval;

	private final Supplier<? extends Mono<?>> sweep;

	private volatile Disposable loop;

	/**
	 * @param name what the sweep does, for the log
	 * @param interval the time between sweeps (and before the first)
	 * @param sweep one sweep
	 */
	public PeriodicSweep(String name, Duration interval, Supplier<? extends Mono<?>> sweep) {
		this.name = name;
		this.interval = interval;
		this.sweep = sweep;
	}

	public void start() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			this.loop = () -> {
			};
			return;
		}
		this.loop = Flux.interval(this.interval, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> this.sweep.get().onErrorResume((ex) -> {
				log.warn("{} failed; the next sweep retries: {}", this.name, ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	public void stop() {
		Disposable running = this.loop;
		if (running != null) {
			running.dispose();
		}
		this.loop = null;
	}

	public boolean isRunning() {
		return this.loop != null;
	}

}
