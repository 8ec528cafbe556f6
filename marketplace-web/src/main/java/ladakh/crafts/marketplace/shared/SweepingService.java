package ladakh.crafts.marketplace.shared;

import org.springframework.context.SmartLifecycle;

/**
 * A service whose background work is a {@link PeriodicSweep}: started and stopped with
 * the application, once each, by Spring's lifecycle.
 */
public abstract class SweepingService implements SmartLifecycle {

	/** The service's sweep; built once, in the subclass's constructor. */
	protected abstract PeriodicSweep periodicSweep();

	/** Whether this instance sweeps at all (e.g. switched off by configuration). */
	protected boolean sweeps() {
		return true;
	}

	@Override
	public void start() {
		if (sweeps()) {
			periodicSweep().start();
		}
	}

	@Override
	public void stop() {
		periodicSweep().stop();
	}

	@Override
	public boolean isRunning() {
		return periodicSweep().isRunning();
	}

}
