package ladakh.crafts.marketplace.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Folds a report's cells into its total and its breakdowns. Every breakdown sums the same
 * cells, so each adds up to the total exactly; a null key is a row of its own.
 */
final class Folds {

	private Folds() {
	}

	static <C, T> T total(List<C> cells, Function<C, T> totals, T none, BinaryOperator<T> plus) {
		T total = none;
		for (C cell : cells) {
			total = plus.apply(total, totals.apply(cell));
		}
		return total;
	}

	/**
	 * The cells by one key: in key order (months, nulls last) when {@code inKeyOrder},
	 * else largest {@code size} first, then by key.
	 */
	static <C, T> List<Keyed<T>> by(List<C> cells, Function<C, String> key, Function<C, T> totals,
			BinaryOperator<T> plus, ToLongFunction<T> size, boolean inKeyOrder) {
		Map<String, T> sums = new LinkedHashMap<>();
		for (C cell : cells) {
			sums.merge(String.valueOf(key.apply(cell)), totals.apply(cell), plus);
		}
		List<Keyed<T>> rows = new ArrayList<>();
		sums.forEach((k, sum) -> rows.add(new Keyed<>("null".equals(k) ? null : k, sum)));
		Comparator<Keyed<T>> byKey = Comparator.comparing(Keyed::key, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Keyed<T>> bySize = Comparator.comparingLong((Keyed<T> row) -> size.applyAsLong(row.totals()));
		rows.sort(inKeyOrder ? byKey : bySize.reversed().thenComparing(byKey));
		return rows;
	}

}
