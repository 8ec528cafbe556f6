package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A field's condition a {@link SecondaryIndex} can answer, taken from a query: values
 * (equality, {@code $eq}, {@code $in} of plain values; equality to {@code null}, which
 * matches null and missing, both kept as null in the index) or a range ({@code $gt} ...
 * {@code $lte}), at the top level or inside a top-level {@code $and}.
 */
record IndexCondition(List<Object> values, Object low, boolean lowIncluded, Object high, boolean highIncluded) {

	boolean range() {
		return this.values == null;
	}

	/**
	 * Whether it asks for null or missing ({@code {f: null}}, {@code {f: {$eq: null}}}).
	 */
	boolean isNull() {
		return this.values != null && this.values.stream().anyMatch(java.util.Objects::isNull);
	}

	IndexCondition and(IndexCondition other) {
		if (!range()) {
			return this;
		}
		if (!other.range()) {
			return other;
		}
		return new IndexCondition(null, (this.low != null) ? this.low : other.low,
				(this.low != null) ? this.lowIncluded : other.lowIncluded, (this.high != null) ? this.high : other.high,
				(this.high != null) ? this.highIncluded : other.highIncluded);
	}

	/** Each field's condition in the query (several on one field are combined). */
	static void collect(Document query, Map<String, IndexCondition> conditions, int depth) {
		for (Map.Entry<String, Object> field : query.entrySet()) {
			String key = field.getKey();
			if ("$and".equals(key) && depth < 4 && field.getValue() instanceof List<?> clauses) {
				for (Object clause : clauses) {
					if (clause instanceof Document document) {
						collect(document, conditions, depth + 1);
					}
				}
			}
			else if (!key.startsWith("$")) {
				IndexCondition condition = condition(field.getValue());
				if (condition != null) {
					conditions.merge(key, condition, IndexCondition::and);
				}
			}
		}
	}

	private static IndexCondition condition(Object value) {
		if (value == null) {
			return new IndexCondition(Collections.singletonList(null), null, false, null, false);
		}
		if (IndexValues.isPlain(value)) {
			return new IndexCondition(List.of(value), null, false, null, false);
		}
		if (!(value instanceof Document operators) || operators.isEmpty()
				|| !operators.keySet().stream().allMatch((key) -> key.startsWith("$"))) {
			return null;
		}
		if (operators.containsKey("$eq")) {
			Object equal = operators.get("$eq");
			if (equal == null) {
				return new IndexCondition(Collections.singletonList(null), null, false, null, false);
			}
			return IndexValues.isPlain(equal) ? new IndexCondition(List.of(equal), null, false, null, false) : null;
		}
		if (operators.containsKey("$in")) {
			if (operators.get("$in") instanceof Collection<?> values
					&& values.size() <= SecondaryLookup.MAX_COMBINATIONS
					&& values.stream().allMatch(IndexValues::isPlain)) {
				return new IndexCondition(distinct(values), null, false, null, false);
			}
			return null;
		}
		Object low = null;
		Object high = null;
		boolean lowIncluded = false;
		boolean highIncluded = false;
		for (Map.Entry<String, Object> operator : operators.entrySet()) {
			Object bound = operator.getValue();
			switch (operator.getKey()) {
				case "$gt", "$gte" -> {
					if (!IndexValues.isPlain(bound)) {
						return null;
					}
					low = bound;
					lowIncluded = "$gte".equals(operator.getKey());
				}
				case "$lt", "$lte" -> {
					if (!IndexValues.isPlain(bound)) {
						return null;
					}
					high = bound;
					highIncluded = "$lte".equals(operator.getKey());
				}
				default -> {
					// other operators narrow further; the matcher checks them
				}
			}
		}
		return (low != null || high != null) ? new IndexCondition(null, low, lowIncluded, high, highIncluded) : null;
	}

	/**
	 * Each value once, as the index compares them: a value given twice
	 * ({@code $in: [A, B,
	 * B]}) would walk its entries twice and answer its documents twice.
	 */
	private static List<Object> distinct(Collection<?> values) {
		List<Object> distinct = new ArrayList<>();
		for (Object value : values) {
			if (distinct.stream().noneMatch((kept) -> IndexValues.compareValues(kept, value, 1) == 0)) {
				distinct.add(value);
			}
		}
		return distinct;
	}

}
