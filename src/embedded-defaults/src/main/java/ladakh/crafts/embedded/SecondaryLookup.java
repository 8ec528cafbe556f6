package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import ladakh.crafts.embedded.SecondaryIndex.Entry;

/**
 * Serves a query from a declared {@link SecondaryIndex} when its conditions constrain the
 * index's key prefix: equality or {@code $in} of plain values on leading keys, then
 * optionally a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) on the next
 * key, at the top level or inside a top-level {@code $and}; the {@code _id} index is one
 * of them, for ranges and sorts on {@code _id} ({@link IdLookup} answers equality and
 * {@code $in} first), used only where no other index serves the query. With a sort on the
 * keys after an equality prefix (in the index's directions or all reversed) and a limit,
 * the index is walked in sort order and stops once skip + limit documents matched and the
 * last run of equal sort values is complete; under an {@code $in} prefix each value's run
 * is walked and the runs merged in sort order (when the sort does not name the
 * {@code $in} key); otherwise every candidate is read in natural order.
 * <p>
 * Candidates are a superset of the matches: every one is checked against the whole query
 * by the server's own matcher, and the matches are handed back in the order a scan gives
 * them (natural order, or, for a walk, sort order with ties in natural order), so the
 * server's sort, skip, limit and projection give a scan's answer. Anything else
 * ({@code $or} alone, documents, arrays or regular expressions as values, a
 * {@code $natural} sort, a query one of the library's own indexes takes) returns
 * {@code null}: the server scans as before. Equality to {@code null} is served from the
 * entries kept as null (null and missing alike, as MongoDB's index bounds
 * {@code [null, null]}), with every array-holding document as a candidate too.
 */
final class SecondaryLookup {

	static final int MAX_COMBINATIONS = 500;

	private SecondaryLookup() {
	}

	/** What a collection lends: its documents by position and the server's matcher. */
	record Store<P>(Function<P, Document> document, BiPredicate<Document, Document> matches, Comparator<P> naturalOrder,
			Supplier<Stream<DocumentWithPosition<P>>> all) {

	}

	/**
	 * The matching positions, in the order to hand to the server, or {@code null} when no
	 * declared index serves the query.
	 *
	 * @param index the name of the index used
	 * @param examined how many documents were read and matched
	 */
	record Served<P>(List<P> matches, String index, int examined) {

	}

	static <P> Served<P> serve(Document query, Document orderBy, int skip, int limit, List<Index<P>> indexes,
			Store<P> store) {
		if (query == null || orderBy != null && orderBy.containsKey("$natural")) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (index.canHandle(query)) {
				return null; // the library's own lookup
			}
		}
		Map<String, IndexCondition> conditions = new LinkedHashMap<>();
		IndexCondition.collect(query, conditions, 0);
		List<String> sort = sortKeys(orderBy);
		LookupPlan<P> best = null;
		LookupPlan<P> bestWalk = null;
		SecondaryIndex<P> byId = null;
		for (Index<P> index : indexes) {
			if (index instanceof SecondaryIndex<P> secondary && secondary.servable()) {
				if (isIdIndex(secondary)) {
					byId = secondary;
					continue;
				}
				LookupPlan<P> plan = LookupPlan.of(secondary, conditions, orderBy, sort, limit);
				if (plan == null) {
					continue;
				}
				if (best == null || plan.score() > best.score()) {
					best = plan;
				}
				if (plan.walk() != 0 && (bestWalk == null || plan.score() > bestWalk.score())) {
					bestWalk = plan;
				}
			}
		}
		if (best == null && byId != null && asksForIdOrder(byId, conditions, sort, limit)) {
			// The _id index serves only what no declared index does (a query another
			// index serves is served as before): a range or a sort on _id. It keeps its
			// entries from the first such query on (one read of every document).
			if (!byId.kept()) {
				byId.keep(store.all().get());
			}
			best = LookupPlan.of(byId, conditions, orderBy, sort, limit);
		}
		if (best == null) {
			return null;
		}
		if (best.walk() == 0 && bestWalk != null && best.candidatesAtLeast(4L * (skip + limit) + 256)) {
			best = bestWalk; // reading the whole prefix would cost more than walking
		}
		return (best.walk() != 0) ? best.walk(query, skip + limit, store) : best.gather(query, store);
	}

	/** A condition on {@code _id}, or a sort by it first with a limit. */
	private static boolean asksForIdOrder(SecondaryIndex<?> index, Map<String, IndexCondition> conditions,
			List<String> sort, int limit) {
		String id = index.paths().get(0);
		return conditions.containsKey(id) || sort != null && !sort.isEmpty() && id.equals(sort.get(0)) && limit > 0;
	}

	private static boolean isIdIndex(SecondaryIndex<?> index) {
		return index.isUnique() && Backends.isIdIndex(index.getKeys());
	}

	/** The sort's keys, or {@code null} when it is not a plain ±1 sort. */
	private static List<String> sortKeys(Document orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return List.of();
		}
		List<String> keys = new ArrayList<>();
		for (Map.Entry<String, Object> key : orderBy.entrySet()) {
			if (!(key.getValue() instanceof Number)) {
				return null;
			}
			keys.add(key.getKey());
		}
		return keys;
	}

}
