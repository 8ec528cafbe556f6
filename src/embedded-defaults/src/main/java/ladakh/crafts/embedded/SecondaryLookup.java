package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import ladakh.crafts.embedded.IndexValues.Edge;
import ladakh.crafts.embedded.SecondaryIndex.Entry;
import ladakh.crafts.embedded.IndexValues.TypeBound;

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
		Plan<P> best = null;
		Plan<P> bestWalk = null;
		SecondaryIndex<P> byId = null;
		for (Index<P> index : indexes) {
			if (index instanceof SecondaryIndex<P> secondary && secondary.servable()) {
				if (isIdIndex(secondary)) {
					byId = secondary;
					continue;
				}
				Plan<P> plan = plan(secondary, conditions, orderBy, sort, limit);
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
			best = plan(byId, conditions, orderBy, sort, limit);
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

	// --- plans

	private static <P> Plan<P> plan(SecondaryIndex<P> index, Map<String, IndexCondition> conditions, Document orderBy,
			List<String> sort, int limit) {
		List<String> paths = index.paths();
		List<List<Object>> combinations = new ArrayList<>();
		combinations.add(List.of());
		int prefix = 0;
		boolean nullPinned = false;
		while (prefix < paths.size()) {
			IndexCondition condition = conditions.get(paths.get(prefix));
			if (condition == null || condition.range()) {
				break;
			}
			List<List<Object>> longer = new ArrayList<>();
			for (List<Object> combination : combinations) {
				for (Object value : condition.values()) {
					List<Object> next = new ArrayList<>(combination);
					next.add(value);
					longer.add(next);
				}
			}
			if (longer.size() > MAX_COMBINATIONS) {
				break;
			}
			combinations = longer;
			nullPinned |= condition.isNull();
			prefix++;
		}
		IndexCondition range = null;
		if (prefix < paths.size()) {
			IndexCondition next = conditions.get(paths.get(prefix));
			if (next != null && next.range()) {
				range = next;
			}
		}
		int walk = 0;
		int groupKeys = 0;
		// Several combinations ($in) are walked side by side and merged, when the sort
		// does not name a key they pin (their order would then come first).
		List<String> inPrefix = paths.subList(0, prefix);
		boolean mergeable = combinations.size() == 1 || sort != null && sort.stream().noneMatch(inPrefix::contains);
		// An array's key must be pinned to one value: under several ($in) a document
		// would come once per value, and an open one leaves no order to walk.
		boolean arraysPinned = index.arraysOnlyWithin(prefix)
				&& (index.multikeyPositions().isEmpty() || combinations.size() == 1);
		// A key pinned to null must also take the arrays (an empty one has no entry, an
		// array of subdocuments may lack the field in one): only a gather adds them.
		if (nullPinned && !index.multikeyPositions().isEmpty()) {
			arraysPinned = false;
		}
		if (sort != null && !sort.isEmpty() && limit > 0 && mergeable && arraysPinned
				&& index.irregularPositions().isEmpty()) {
			List<String> open = new ArrayList<>();
			for (String key : sort) {
				int pinned = paths.indexOf(key);
				if (pinned < 0 || pinned >= prefix) {
					open.add(key);
				}
			}
			int sign = 0;
			for (int i = 0; i < open.size() && prefix + i < paths.size(); i++) {
				if (!open.get(i).equals(paths.get(prefix + i))) {
					break;
				}
				int direction = (((Number) orderBy.get(open.get(i))).intValue() > 0 ? 1 : -1)
						* index.direction(prefix + i);
				if (sign != 0 && direction != sign) {
					break;
				}
				sign = direction;
				groupKeys++;
			}
			walk = (groupKeys > 0) ? sign : 0;
		}
		if (prefix == 0 && range == null && walk == 0) {
			return null;
		}
		double score = prefix * 2 + ((range != null) ? 1 : 0) + ((walk != 0) ? 1 : 0);
		return new Plan<>(index, combinations, prefix, range, nullPinned, walk, groupKeys, score);
	}

	/** A run's next entry and the rest of the run, for the merge. */
	private record Head(Entry entry, Iterator<Entry> rest) {

	}

	private record Plan<P>(SecondaryIndex<P> index, List<List<Object>> combinations, int prefix, IndexCondition range,
			boolean nullPinned, int walk, int groupKeys, double score) {

		/** The runs of entries the conditions allow, in tree order. */
		List<NavigableSet<Entry>> runs() {
			List<NavigableSet<Entry>> runs = new ArrayList<>();
			int keys = this.index.paths().size();
			for (List<Object> combination : this.combinations) {
				Object[] from = new Object[keys];
				Object[] to = new Object[keys];
				for (int i = 0; i < keys; i++) {
					from[i] = (i < this.prefix) ? combination.get(i) : Edge.MIN;
					to[i] = (i < this.prefix) ? combination.get(i) : Edge.MAX;
				}
				Edge fromEdge = Edge.MIN;
				Edge toEdge = Edge.MAX;
				if (this.range != null) {
					IndexCondition condition = this.range;
					int key = this.prefix;
					Object low = (condition.low() != null) ? condition.low()
							: new TypeBound(IndexValues.typeOrder(condition.high()), -1);
					Object high = (condition.high() != null) ? condition.high()
							: new TypeBound(IndexValues.typeOrder(condition.low()), 1);
					boolean lowIncluded = condition.low() == null || condition.lowIncluded();
					boolean highIncluded = condition.high() == null || condition.highIncluded();
					boolean ascending = this.index.direction(key) > 0;
					// In tree order: an included first end takes what follows it from
					// MIN,
					// an excluded one from MAX (past every entry with that value).
					from[key] = ascending ? low : high;
					to[key] = ascending ? high : low;
					boolean firstIncluded = ascending ? lowIncluded : highIncluded;
					boolean lastIncluded = ascending ? highIncluded : lowIncluded;
					fromEdge = firstIncluded ? Edge.MIN : Edge.MAX;
					toEdge = lastIncluded ? Edge.MAX : Edge.MIN;
					for (int i = key + 1; i < keys; i++) {
						from[i] = fromEdge;
						to[i] = toEdge;
					}
				}
				runs.add(this.index.between(new Entry(from, fromEdge), new Entry(to, toEdge)));
			}
			return runs;
		}

		/** Whether the runs hold at least so many entries (counted no further). */
		boolean candidatesAtLeast(long enough) {
			long seen = 0;
			for (NavigableSet<Entry> run : runs()) {
				for (Iterator<Entry> it = run.iterator(); it.hasNext(); it.next()) {
					if (++seen >= enough) {
						return true;
					}
				}
			}
			return false;
		}

		/** Every candidate, in natural order, kept when it matches. */
		Served<P> gather(Document query, Store<P> store) {
			Set<P> positions = new HashSet<>();
			for (NavigableSet<Entry> run : runs()) {
				for (Entry entry : run) {
					positions.add(entry.position());
				}
			}
			if (this.range != null || this.nullPinned) {
				// an array's elements may meet a range's ends one each, or an array may
				// match null without an entry for it: the matcher decides
				positions.addAll(this.index.multikeyPositions());
			}
			positions.addAll(this.index.irregularPositions());
			List<P> ordered = new ArrayList<>(positions);
			ordered.sort(store.naturalOrder());
			List<P> matches = new ArrayList<>();
			for (P position : ordered) {
				Document document = store.document().apply(position);
				if (document != null && store.matches().test(document, query)) {
					matches.add(position);
				}
			}
			return new Served<>(matches, this.index.getName(), ordered.size());
		}

		/**
		 * The index in sort order until {@code wanted} documents matched and the run of
		 * equal sort values is complete; each run's matches in natural order.
		 */
		Served<P> walk(Document query, int wanted, Store<P> store) {
			Iterator<Entry> entries = inSortOrder(runs());
			List<List<P>> groups = new ArrayList<>();
			Entry head = null;
			int matched = 0;
			int examined = 0;
			while (entries.hasNext()) {
				Entry entry = entries.next();
				if (head == null || !sameGroup(head, entry)) {
					if (matched >= wanted) {
						break;
					}
					head = entry;
					groups.add(new ArrayList<>());
				}
				P position = entry.position();
				Document document = store.document().apply(position);
				examined++;
				if (document != null && store.matches().test(document, query)) {
					groups.get(groups.size() - 1).add(position);
					matched++;
				}
			}
			List<P> matches = new ArrayList<>(matched);
			for (List<P> group : groups) {
				group.sort(store.naturalOrder());
				matches.addAll(group);
			}
			return new Served<>(matches, this.index.getName(), examined);
		}

		/** The runs' entries in the sort's order: one run as it is, several merged. */
		private Iterator<Entry> inSortOrder(List<NavigableSet<Entry>> runs) {
			List<Iterator<Entry>> each = runs.stream()
				.map((run) -> (this.walk > 0) ? run.iterator() : run.descendingIterator())
				.toList();
			if (each.size() == 1) {
				return each.get(0);
			}
			PriorityQueue<Head> heads = new PriorityQueue<>(
					(a, b) -> this.walk * compareSortKeys(a.entry(), b.entry()));
			each.stream().filter(Iterator::hasNext).forEach((it) -> heads.add(new Head(it.next(), it)));
			return new Iterator<>() {

				@Override
				public boolean hasNext() {
					return !heads.isEmpty();
				}

				@Override
				public Entry next() {
					Head head = heads.remove();
					if (head.rest().hasNext()) {
						heads.add(new Head(head.rest().next(), head.rest()));
					}
					return head.entry();
				}

			};
		}

		private int compareSortKeys(Entry a, Entry b) {
			for (int i = this.prefix; i < this.prefix + this.groupKeys; i++) {
				int order = IndexValues.valueOrder(a.values[i], b.values[i]) * this.index.direction(i);
				if (order != 0) {
					return order;
				}
			}
			return 0;
		}

		private boolean sameGroup(Entry a, Entry b) {
			for (int i = this.prefix; i < this.prefix + this.groupKeys; i++) {
				if (IndexValues.valueOrder(a.values[i], b.values[i]) != 0) {
					return false;
				}
			}
			return true;
		}

	}

}
