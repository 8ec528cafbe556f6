package ladakh.crafts.marketplace.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs blocking calls (a WebTestClient exchange, a {@code block()}) at once, each on a
 * thread of its own made for the purpose. Never on Reactor's shared bounded-elastic
 * scheduler: it has ten threads per core, twenty on a two-core machine, and the
 * application's own work needs some of them to answer the very requests the test is
 * blocked on; twenty blocked callers there starve it and every request hangs.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/** Calls {@code call} {@code times} times at once; the results in order of calls. */
	public static <T> List<T> run(int times, Callable<T> call) {
		List<Callable<T>> calls = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			calls.add(call);
		}
		return run(calls);
	}

	/** Calls each at once; the results in the order given. */
	public static <T> List<T> run(List<Callable<T>> calls) {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		CountDownLatch ready = new CountDownLatch(calls.size());
		try {
			List<Future<T>> pending = new ArrayList<>();
			for (Callable<T> call : calls) {
				pending.add(threads.submit(() -> {
					// all start together, so they really race
					ready.countDown();
					ready.await();
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : pending) {
				results.add(result.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

}
