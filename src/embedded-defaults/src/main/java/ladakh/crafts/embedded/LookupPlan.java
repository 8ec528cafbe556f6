package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

import ladakh.crafts.embedded.IndexValues.Edge;
import ladakh.crafts.embedded.SecondaryLookup.Served;
import ladakh.crafts.embedded.SecondaryLookup.Store;
import ladakh.crafts.embedded.SecondaryIndex.Entry;
import ladakh.crafts.embedded.IndexValues.TypeBound;

/**
 * How one index serves a query (split from {@link SecondaryLookup}): the values its
 * leading keys are pinned to (several for an {@code $in}), the range on the next key,
 * whether its order gives the sort, and the runs of entries that answer.
 */
record LookupPlan<P>(SecondaryIndex<P> index, List<List<Object>> combinations, int prefix, IndexCondition range,
		boolean nullPinned, int walk, int groupKeys, double score) {

	static <P> LookupPlan<P> of(SecondaryIndex<P> index, Map<String, IndexCondition> conditions, Document orderBy,
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
			if (longer.size() > SecondaryLookup.MAX_COMBINATIONS) {
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
		return new LookupPlan<>(index, combinations, prefix, range, nullPinned, walk, groupKeys, score);
	}

	/** A run's next entry and the rest of the run, for the merge. */
	record Head(Entry entry, Iterator<Entry> rest) {

	}

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
	 * The index in sort order until {@code wanted} documents matched and the run of equal
	 * sort values is complete; each run's matches in natural order.
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
		PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> this.walk * compareSortKeys(a.entry(), b.entry()));
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
