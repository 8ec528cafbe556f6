package ladakh.crafts.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Serves a query that pins {@code _id} to one value (a plain value or {@code $eq}) or a
 * list of values ({@code $in} of plain values), beside other conditions (at the top level
 * or inside a top-level {@code $and}), from the {@code _id} index: mongo-java-server uses
 * an index only when the query's keys are exactly the index's, so {@code {_id: X, rev:
 * 5}} would scan the whole collection. The positions found are then filtered with the
 * rest of the query by the server's own matcher (the index has answered the condition on
 * {@code _id}, for values on whose equality the index and the matcher agree), so the
 * result is the one a scan gives; positions are put in the collection's natural order so
 * that unsorted results, skip and limit come out as a scan's would. A query on
 * {@code _id} alone is served here too: the server would take the index for it but then
 * check every candidate against the whole {@code $in} once more (candidates × values
 * comparisons, which dominated the sync's batch reads).
 * <p>
 * Everything else (operators on {@code _id} such as {@code $ne} or {@code $gt},
 * documents, arrays, regular expressions, null, a {@code $natural} sort, collections
 * without an {@code _id} index) is left to the server as before.
 */
final class IdLookup {

	private static final String EQ = "$eq";

	private static final String IN = "$in";

	private static final String AND = "$and";

	private IdLookup() {
	}

	/**
	 * The documents the query can match, from the {@code _id} index, or {@code null} when
	 * the query is not one this lookup serves (the caller then does what the server
	 * does).
	 */
	static <P> Lookup<P> lookup(Document query, Document orderBy, String idField, List<Index<P>> indexes,
			Comparator<P> naturalOrder) {
		if (query == null || idField == null) {
			return null;
		}
		if (orderBy != null && orderBy.containsKey("$natural")) {
			return null;
		}
		Pinned pinned = pinned(query, idField, 0);
		if (pinned == null) {
			return null;
		}
		Document indexQuery = new Document(idField, pinned.ids());
		Index<P> idIndex = idIndex(indexes, idField, indexQuery);
		if (idIndex == null) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (index != idIndex && index.canHandle(query)) {
				return null; // the server uses another index for it
			}
		}
		List<P> positions = new ArrayList<>();
		idIndex.getPositions(indexQuery).forEach(positions::add);
		if (positions.size() > 1 && !idIndex.canHandle(query)) {
			// (A query the server takes to the index keeps the index's order, as there.)
			positions.sort(naturalOrder);
		}
		return new Lookup<>(positions, pinned.rest());
	}

	/**
	 * The positions the {@code _id} index gave, in natural order, and the rest of the
	 * query they must still match: the whole query without the condition the index
	 * answered (checking every candidate against a long {@code $in} again would cost
	 * candidates × values comparisons).
	 */
	record Lookup<P>(List<P> positions, Document rest) {

	}

	/**
	 * The ids the query pins, at its top level or in a top-level {@code $and} (the driver
	 * renders {@code Filters.and(eq("_id", x), eq("rev", 5))} as {@code {$and: [{_id: x},
	 * {rev: 5}]}}), and the query without that condition; every document the query
	 * matches has one of the ids. {@code null} when it pins none.
	 */
	private static Pinned pinned(Document query, String idField, int depth) {
		if (query.containsKey(idField)) {
			Object ids = pinnedIds(query.get(idField));
			if (ids != null) {
				Document rest = new Document(query);
				rest.remove(idField);
				return new Pinned(ids, rest);
			}
		}
		if (depth < 4 && query.get(AND) instanceof List<?> clauses) {
			for (int i = 0; i < clauses.size(); i++) {
				if (clauses.get(i) instanceof Document condition) {
					Pinned pinned = pinned(condition, idField, depth + 1);
					if (pinned != null) {
						List<Object> others = new ArrayList<>(clauses);
						if (pinned.rest().isEmpty()) {
							others.remove(i);
						}
						else {
							others.set(i, pinned.rest());
						}
						Document rest = new Document(query);
						if (others.isEmpty()) {
							rest.remove(AND); // the server refuses an empty $and
						}
						else {
							rest.put(AND, others);
						}
						return new Pinned(pinned.ids(), rest);
					}
				}
			}
		}
		return null;
	}

	/** Ids as the index is asked for them, and the query without their condition. */
	private record Pinned(Object ids, Document rest) {

	}

	/**
	 * {@code value} itself, or {@code {$in: [values]}}, as the {@code _id} index is asked
	 * for it; {@code null} when the condition on {@code _id} is anything else.
	 */
	private static Object pinnedIds(Object condition) {
		if (isPlain(condition)) {
			return condition;
		}
		if (condition instanceof Document operator && operator.size() == 1) {
			if (operator.containsKey(EQ) && isPlain(operator.get(EQ))) {
				return operator.get(EQ);
			}
			if (operator.get(IN) instanceof Collection<?> values && values.stream().allMatch(IdLookup::isPlain)) {
				return new Document(IN, new ArrayList<>(values));
			}
		}
		return null;
	}

	/**
	 * Values whose equality the index and the query matcher agree on: no documents,
	 * arrays, regular expressions, null or NaN.
	 */
	static boolean isPlain(Object value) {
		if (value instanceof Double number) {
			return !number.isNaN();
		}
		return value instanceof String || value instanceof ObjectId || value instanceof Integer || value instanceof Long
				|| value instanceof Boolean || value instanceof Instant || value instanceof Date
				|| value instanceof UUID;
	}

	private static <P> Index<P> idIndex(List<Index<P>> indexes, String idField, Document indexQuery) {
		for (Index<P> index : indexes) {
			List<IndexKey> keys = index.getKeys();
			if (index.isUnique() && keys.size() == 1 && idField.equals(keys.get(0).getKey())
					&& index.canHandle(indexQuery)) {
				return index;
			}
		}
		return null;
	}

}
