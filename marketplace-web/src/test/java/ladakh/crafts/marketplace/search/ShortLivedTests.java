package ladakh.crafts.marketplace.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLivedTests {

	@Test
	void requestsThatArriveWhileItIsComputedShareOneComputation() {
		AtomicInteger computed = new AtomicInteger();
		Sinks.One<Integer> answer = Sinks.one();
		ShortLived<Integer> counts = new ShortLived<>(Mono.defer(() -> {
			computed.incrementAndGet();
			return answer.asMono();
		}), Duration.ofSeconds(60));
		List<Integer> seen = new ArrayList<>();

		for (int i = 0; i < 10; i++) {
			counts.get().subscribe(seen::add);
		}
		answer.tryEmitValue(42);

		assertThat(computed).hasValue(1);
		assertThat(seen).hasSize(10).containsOnly(42);
	}

	@Test
	void anAnswerIsKeptForItsTimeThenComputedAgain() {
		AtomicInteger computed = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> {
			ShortLived<Integer> counts = new ShortLived<>(Mono.fromCallable(computed::incrementAndGet),
					Duration.ofSeconds(60));
			return counts.get()
				.concatWith(Mono.delay(Duration.ofSeconds(59)).then(counts.get()))
				.concatWith(Mono.delay(Duration.ofSeconds(2)).then(counts.get()));
		})
			.expectNext(1)
			.thenAwait(Duration.ofSeconds(59))
			.expectNext(1)
			.thenAwait(Duration.ofSeconds(2))
			.expectNext(2)
			.verifyComplete();
	}

	@Test
	void anErrorIsNotKept() {
		AtomicInteger calls = new AtomicInteger();
		ShortLived<Integer> counts = new ShortLived<>(Mono.fromCallable(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("MongoDB is away");
			}
			return 7;
		}), Duration.ofSeconds(60));

		StepVerifier.create(counts.get()).expectError(IllegalStateException.class).verify();
		StepVerifier.create(counts.get()).expectNext(7).verifyComplete();
	}

	@Test
	void aZeroTimeKeepsNothing() {
		AtomicInteger computed = new AtomicInteger();
		ShortLived<Integer> counts = new ShortLived<>(Mono.fromCallable(computed::incrementAndGet), Duration.ZERO);

		assertThat(counts.get().block()).isEqualTo(1);
		assertThat(counts.get().block()).isEqualTo(2);
	}

}
