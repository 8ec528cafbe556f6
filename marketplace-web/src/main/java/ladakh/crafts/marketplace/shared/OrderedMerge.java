package ladakh.crafts.marketplace.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The first {@code limit} items of several sources that are each read in one order (one
 * index walk per status, say), reading each source in small chunks and only as far as the
 * merged page needs: a source whose last item read lies past the page's last is not read
 * again. Reading the whole {@code limit} from every source would read as many items as
 * there are sources times the page, most of them thrown away once the page is full.
 *
 * @param <T> the items
 */
public final class OrderedMerge<T> {

	private final List<BiFunction<After, Integer, Flux<T>>> sources;

	private final Comparator<T> order;

	private final Function<T, After> position;

	/**
	 * @param sources each source: its items after a position ({@code null} from its
	 * start), in {@code order}, at most the given number
	 * @param order the order every source reads in
	 * @param position where an item stands, for reading on after it
	 */
	public OrderedMerge(List<BiFunction<After, Integer, Flux<T>>> sources, Comparator<T> order,
			Function<T, After> position) {
		this.sources = List.copyOf(sources);
		this.order = order;
		this.position = position;
	}

	/** The first {@code limit} items of all sources together, after {@code after}. */
	public Mono<List<T>> first(After after, int limit) {
		int chunk = limit / this.sources.size() + 1;
		List<Source> read = new ArrayList<>();
		for (BiFunction<After, Integer, Flux<T>> source : this.sources) {
			read.add(new Source(source, after));
		}
		return readOn(read, read, chunk, limit);
	}

	private Mono<List<T>> readOn(List<Source> all, List<Source> needy, int chunk, int limit) {
		return Flux.fromIterable(needy).concatMap((source) -> source.next(chunk)).then(Mono.defer(() -> {
			List<T> merged = new ArrayList<>();
			all.forEach((source) -> merged.addAll(source.items));
			merged.sort(this.order);
			List<T> page = merged.subList(0, Math.min(limit, merged.size()));
			T last = page.isEmpty() ? null : page.get(page.size() - 1);
			// A source still open may hold items before the page's last, unless the last
			// it gave already lies past it.
			List<Source> more = all.stream()
				.filter((source) -> !source.exhausted
						&& (page.size() < limit || this.order.compare(source.last(), last) <= 0))
				.toList();
			return more.isEmpty() ? Mono.just(List.copyOf(page)) : readOn(all, more, chunk, limit);
		}));
	}

	/** One source and what has been read of it. */
	private final class Source {

		private final BiFunction<After, Integer, Flux<T>> read;

		private final After start;

		private final List<T> items = new ArrayList<>();

		private boolean exhausted;

		private Source(BiFunction<After, Integer, Flux<T>> read, After start) {
			this.read = read;
			this.start = start;
		}

		private Mono<Void> next(int chunk) {
			After from = this.items.isEmpty() ? this.start : OrderedMerge.this.position.apply(last());
			return this.read.apply(from, chunk).collectList().doOnNext((got) -> {
				this.items.addAll(got);
				this.exhausted = got.size() < chunk;
			}).then();
		}

		private T last() {
			return this.items.get(this.items.size() - 1);
		}

	}

}
