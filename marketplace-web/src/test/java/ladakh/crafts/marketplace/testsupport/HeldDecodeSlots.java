package ladakh.crafts.marketplace.testsupport;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import ladakh.crafts.marketplace.media.DecodeSlots;

/**
 * Takes every image decoding slot until closed, so that an upload meanwhile finds the
 * decoder busy: {@code try (HeldDecodeSlots held = HeldDecodeSlots.all(slots)) {...}}.
 */
public final class HeldDecodeSlots implements AutoCloseable {

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<CompletableFuture<Integer>> holders;

	private HeldDecodeSlots(DecodeSlots slots) throws InterruptedException {
		CountDownLatch taken = new CountDownLatch(slots.capacity());
		this.holders = IntStream.range(0, slots.capacity()).mapToObj((i) -> slots.run(() -> {
			taken.countDown();
			this.release.await(2, TimeUnit.MINUTES);
			return i;
		}).toFuture()).toList();
		if (!taken.await(30, TimeUnit.SECONDS)) {
			close();
			throw new IllegalStateException("The decoding slots could not all be taken");
		}
	}

	public static HeldDecodeSlots all(DecodeSlots slots) throws InterruptedException {
		return new HeldDecodeSlots(slots);
	}

	@Override
	public void close() {
		this.release.countDown();
		CompletableFuture.allOf(this.holders.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
	}

}
