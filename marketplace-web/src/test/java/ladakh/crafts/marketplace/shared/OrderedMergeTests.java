package ladakh.crafts.marketplace.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merged page equals the first items of all sources sorted together, from any
 * position, and a source is read only as far as the page needs.
 */
class OrderedMergeTests {

	private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::at)
		.thenComparing(Item::id)
		.reversed();

	@Property(tries = 300)
	void aPageIsTheFirstItemsOfAllSourcesSortedTogether(
			@ForAll @Size(min = 1, max = 4) List<@Size(max = 40) List<@IntRange(min = 0, max = 30) Integer>> times,
			@ForAll @IntRange(min = 1, max = 20) int limit, @ForAll @IntRange(min = -1, max = 31) int afterTime) {
		List<List<Item>> sources = new ArrayList<>();
		for (int s = 0; s < times.size(); s++) {
			List<Item> items = new ArrayList<>();
			for (int i = 0; i < times.get(s).size(); i++) {
				items.add(new Item(Instant.ofEpochSecond(times.get(s).get(i)), "s" + s + "-" + i));
			}
			items.sort(NEWEST_FIRST);
			sources.add(items);
		}
		After after = (afterTime < 0) ? null : After.of(Instant.ofEpochSecond(afterTime), "s1-5");
		List<Item> expected = sources.stream()
			.flatMap(List::stream)
			.filter((item) -> after == null || NEWEST_FIRST.compare(item, atPosition(after)) > 0)
			.sorted(NEWEST_FIRST)
			.limit(limit)
			.toList();

		List<Item> page = merge(sources, new AtomicInteger()).first(after, limit).block();

		assertThat(page).containsExactlyElementsOf(expected);
	}

	@Test
	void aSourceWhoseItemsAllComeLaterIsReadOnceAndNoFurther() {
		List<Item> recent = new ArrayList<>();
		List<Item> old = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			recent.add(new Item(Instant.ofEpochSecond(10_000 - i), "recent-" + i));
			old.add(new Item(Instant.ofEpochSecond(1_000 - i), "old-" + i));
		}
		AtomicInteger read = new AtomicInteger();

		List<Item> page = merge(List.of(recent, old, old), read).first(null, 51).block();

		assertThat(page).containsExactlyElementsOf(recent.subList(0, 51));
		// 18 at a time: 54 of the recent ones, and one chunk each of the two others,
		// against 3 × 51 when every source is read for a whole page.
		assertThat(read).hasValue(54 + 18 + 18);
	}

	private static OrderedMerge<Item> merge(List<List<Item>> sources, AtomicInteger read) {
		List<BiFunction<After, Integer, Flux<Item>>> reads = sources.stream()
			.<BiFunction<After, Integer, Flux<Item>>>map((items) -> (after, count) -> Flux.fromIterable(items)
				.filter((item) -> after == null || NEWEST_FIRST.compare(item, atPosition(after)) > 0)
				.take(count)
				.doOnNext((item) -> read.incrementAndGet()))
			.toList();
		return new OrderedMerge<>(reads, NEWEST_FIRST, (item) -> After.of(item.at(), item.id()));
	}

	private static Item atPosition(After after) {
		return new Item(after.at(), after.id());
	}

	record Item(Instant at, String id) {
	}

}
