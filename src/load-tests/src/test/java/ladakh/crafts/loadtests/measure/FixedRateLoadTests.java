package ladakh.crafts.loadtests.measure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FixedRateLoadTests {

	private final ScheduledExecutorService server = Executors.newScheduledThreadPool(4);

	@AfterEach
	void stop() {
		this.server.shutdownNow();
	}

	@Test
	void startsOperationsAtTheRateWhetherOrNotEarlierOnesHaveAnswered() {
		List<Long> sentAt = new CopyOnWriteArrayList<>();
		FixedRateLoad load = new FixedRateLoad(100, Duration.ofMillis(300), Duration.ofSeconds(5));
		long start = System.nanoTime();
		// Every answer takes 200 ms, far longer than the 10 ms between sends.
		Latencies latencies = load.run((i) -> {
			sentAt.add(System.nanoTime() - start);
			return answerAfter(200);
		});
		assertThat(load.operations()).isEqualTo(30);
		assertThat(latencies.count()).isEqualTo(30);
		// One after another (a closed model) would take 30 x 200 ms = 6 s; at the rate
		// the
		// last is sent at about 290 ms.
		assertThat(sentAt.get(29)).as("the last send is not held back by slow answers")
			.isLessThan(Duration.ofSeconds(3).toNanos());
		assertThat(latencies.p50()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void aStallIsChargedToTheOperationsThatShouldHaveStartedDuringIt() {
		// Operation 0 blocks the sender for 300 ms; operations due meanwhile are sent
		// late
		// and their latency counts from when they were due.
		FixedRateLoad load = new FixedRateLoad(100, Duration.ofMillis(200), Duration.ofSeconds(5));
		Latencies latencies = load.run((i) -> {
			if (i == 0) {
				sleep(300);
			}
			return CompletableFuture.completedFuture(null);
		});
		assertThat(latencies.count()).isEqualTo(20);
		assertThat(latencies.p50()).as("half the operations waited behind the stall")
			.isGreaterThan(Duration.ofMillis(150));
	}

	@Test
	void failedAndUnansweredOperationsAreErrors() {
		FixedRateLoad load = new FixedRateLoad(50, Duration.ofMillis(100), Duration.ofMillis(300));
		Latencies latencies = load.run((i) -> switch (i) {
			case 0 -> CompletableFuture.failedFuture(new IllegalStateException("503"));
			case 1 -> new CompletableFuture<>(); // never answers
			case 2 -> throw new IllegalStateException("could not send");
			default -> CompletableFuture.completedFuture(null);
		});
		assertThat(latencies.errors()).isEqualTo(3);
		assertThat(latencies.count()).isEqualTo(2);
	}

	private CompletableFuture<Object> answerAfter(long millis) {
		CompletableFuture<Object> answer = new CompletableFuture<>();
		this.server.schedule(() -> answer.complete("ok"), millis, TimeUnit.MILLISECONDS);
		return answer;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
