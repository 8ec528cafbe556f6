package ladakh.crafts.marketplace.media;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodeSlotsTests {

	@Test
	void refusesADecodeAsBusyWhileEverySlotIsTaken() throws Exception {
		DecodeSlots slots = new DecodeSlots(new MediaProperties(2, Duration.ofMillis(200)));
		CountDownLatch started = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Integer> first = slots.run(() -> hold(started, release, 1)).toFuture();
		CompletableFuture<Integer> second = slots.run(() -> hold(started, release, 2)).toFuture();
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> slots.run(() -> 3).block()).isInstanceOf(DecodeSlots.Busy.class);

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
		assertThat(slots.run(() -> 4).block()).isEqualTo(4);
	}

	@Test
	void aDecodeWaitsForASlotThatComesFreeInTime() throws Exception {
		DecodeSlots slots = new DecodeSlots(new MediaProperties(1, Duration.ofSeconds(30)));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Integer> holder = slots.run(() -> hold(started, release, 1)).toFuture();
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Integer> waiting = slots.run(() -> 2).toFuture();
		assertThat(waiting).isNotDone();
		release.countDown();
		assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(2);
	}

	@Test
	void aFailedDecodeGivesItsSlotBack() {
		DecodeSlots slots = new DecodeSlots(new MediaProperties(1, Duration.ZERO));
		assertThatThrownBy(() -> slots.run(() -> {
			throw new IOException("broken");
		}).block()).hasCauseInstanceOf(IOException.class);
		assertThat(slots.run(() -> 5).block()).isEqualTo(5);
	}

	private static int hold(CountDownLatch started, CountDownLatch release, int value) throws InterruptedException {
		started.countDown();
		release.await(30, TimeUnit.SECONDS);
		return value;
	}

}
