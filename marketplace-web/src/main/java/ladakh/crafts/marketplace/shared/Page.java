package ladakh.crafts.marketplace.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list a person reaches, and where the next one starts (null on the last
 * page). A repository reads {@code size + 1} items so the page knows whether there is a
 * next one without counting.
 */
public record Page<T>(List<T> items, After next) {

	/** How many items a list page shows. */
	public static final int SIZE = 50;

	/**
	 * The first {@code size} of {@code read} (read with a limit of {@code size + 1}), the
	 * next page starting after the last one shown when there were more.
	 */
	public static <T> Page<T> of(List<T> read, int size, Function<T, After> position) {
		if (read.size() <= size) {
			return new Page<>(List.copyOf(read), null);
		}
		List<T> shown = List.copyOf(read.subList(0, size));
		return new Page<>(shown, position.apply(shown.get(size - 1)));
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** The next page's {@code after} parameter, or null on the last page. */
	public String nextAfter() {
		return (this.next != null) ? this.next.toString() : null;
	}

}
