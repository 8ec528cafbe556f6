package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import ladakh.crafts.embedded.IndexValues.Edge;

import static ladakh.crafts.embedded.IndexValues.compareValues;
import static ladakh.crafts.embedded.IndexValues.isPlain;

/**
 * A declared index the library would ignore (a non-unique one), or a unique one beside
 * the library's own, kept in memory as an ordered set of entries (key values in the
 * declared directions, then the document's position in natural order) so that
 * {@link SecondaryLookup} can serve equality, {@code $in}, range and sort on its key
 * prefix. The collection maintains it through the library's index calls on every insert,
 * update and replace, and removes a position's entries when the document goes (see the
 * backends' {@code removeDocument}); a collection rebuilds it from its documents when the
 * index is added, which is also when a store file is opened.
 * <p>
 * Only values on whose order and equality this set, the server's sort and its matcher
 * agree are entries ("plain": strings, numbers that are not NaN, booleans, dates,
 * ObjectIds, UUIDs; null and missing as the lowest value). A document with an array of
 * plain values under one key is multikey (one entry per element, answering equality and
 * {@code $in}); any other value (documents, nested or parallel arrays, regular
 * expressions, NaN) makes the document irregular: it is a candidate for every query the
 * index serves, so the server's matcher decides.
 */
final class SecondaryIndex<P> extends Index<P> {

	private final Index<P> unique;

	private final List<String> paths;

	private final int[] directions;

	private Comparator<Object> positionOrder;

	private final TreeSet<Entry> entries;

	/**
	 * Each position's entries: the one {@link Entry} of a document that is not multikey
	 * (most of them, and a list per entry would cost a third of its heap again), else a
	 * list.
	 */
	private final Map<P, Object> byPosition = new HashMap<>();

	private final Set<P> multikey = new LinkedHashSet<>();

	private final Set<P> irregular = new LinkedHashSet<>();

	/**
	 * The keys (by position in the index) that have held an array, kept until the index
	 * is rebuilt: a walk in sort order is sound only when each is pinned to one value.
	 */
	private final java.util.BitSet arrayKeys = new java.util.BitSet();

	private final boolean servable;

	/** Whether entries are kept: always, but from its first use for the _id index. */
	private boolean kept;

	/**
	 * @param unique the library's unique index this one shadows, or {@code null} for a
	 * non-unique index
	 */
	SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Index<P> unique) {
		this(name, keys, sparse, unique, true);
	}

	private SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Index<P> unique, boolean kept) {
		super(name, keys, sparse);
		this.kept = kept;
		this.unique = unique;
		this.paths = keys.stream().map(IndexKey::getKey).toList();
		this.directions = keys.stream().mapToInt((key) -> key.isAscending() ? 1 : -1).toArray();
		this.entries = new TreeSet<>(this::compare);
		// Paths with numeric parts (array positions) are matched differently: not served.
		this.servable = this.paths.stream().allMatch(SecondaryIndex::plainPath);
	}

	/**
	 * The {@code _id} index: the library's, whose entries in order are kept only from the
	 * first query that asks for an {@code _id} range or sort ({@link #keep}), so that a
	 * collection never read that way holds no second copy of its ids.
	 */
	static <P> SecondaryIndex<P> onDemand(String name, List<IndexKey> keys, boolean sparse, Index<P> unique) {
		return new SecondaryIndex<>(name, keys, sparse, unique, false);
	}

	private static boolean plainPath(String path) {
		for (String part : path.split("\\.", -1)) {
			if (part.isEmpty() || part.startsWith("$") || part.chars().allMatch(Character::isDigit)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The collection's natural order of positions (list index, or the store's key order),
	 * set by the collection before it adds this index.
	 */
	@SuppressWarnings("unchecked")
	void useNaturalOrder(Comparator<P> naturalOrder) {
		this.positionOrder = (Comparator<Object>) (Comparator<?>) naturalOrder;
	}

	List<String> paths() {
		return this.paths;
	}

	int direction(int key) {
		return this.directions[key];
	}

	boolean servable() {
		return this.servable;
	}

	/** Whether the entries are kept (an on-demand index's only once asked for). */
	boolean kept() {
		return this.kept;
	}

	/** Starts keeping the entries of an on-demand index: reads every document once. */
	void keep(Stream<DocumentWithPosition<P>> documents) {
		this.kept = true;
		rebuild(documents);
	}

	Set<P> multikeyPositions() {
		return this.multikey;
	}

	Set<P> irregularPositions() {
		return this.irregular;
	}

	/**
	 * Whether every key that has held an array lies among the first {@code pinned} keys.
	 * With those keys pinned by equality to one value each, a document is under that
	 * value once, so the index read in order lists each once and in sort order, as
	 * MongoDB walks a multikey index ({@code holders: X} sorted by {@code at}).
	 */
	boolean arraysOnlyWithin(int pinned) {
		return this.multikey.isEmpty() || this.arrayKeys.nextSetBit(pinned) < 0;
	}

	/** Entries in tree order between two probes (both made of {@link #probe}). */
	NavigableSet<Entry> between(Entry from, Entry to) {
		if (compare(from, to) > 0) {
			return new TreeSet<>(this::compare);
		}
		return this.entries.subSet(from, true, to, true);
	}

	Entry probe(Object[] values) {
		return new Entry(values, Edge.MIN);
	}

	// --- maintenance (called by the collection through the library's index calls)

	@Override
	public P getPosition(Document document) {
		return (this.unique != null) ? this.unique.getPosition(document) : null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
		if (this.unique != null) {
			this.unique.checkAdd(document, collection);
		}
	}

	@Override
	public void add(Document document, P position, MongoCollection<P> collection) {
		if (this.unique != null) {
			this.unique.add(document, position, collection);
		}
		put(document, position);
	}

	@Override
	public P remove(Document document) {
		// The position's entries go in removePosition, which the collection calls with
		// it.
		return (this.unique != null) ? this.unique.remove(document) : null;
	}

	@Override
	protected boolean isSparse() {
		// A non-unique index knows no position by document: the collection's removal
		// takes the position from the _id index (a sparse index may answer null).
		return (this.unique == null) || super.isSparse();
	}

	@Override
	public boolean isEmpty() {
		// The collection rebuilds this index after adding it (see rebuild).
		return (this.unique != null) ? this.unique.isEmpty() : false;
	}

	@Override
	public boolean canHandle(Document query) {
		return this.unique != null && this.unique.canHandle(query);
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		return this.unique.getPositions(query);
	}

	@Override
	public long getCount() {
		return (this.unique != null) ? this.unique.getCount() : this.byPosition.size();
	}

	@Override
	public long getDataSize() {
		return (this.unique != null) ? this.unique.getDataSize() : 0;
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
		if (this.unique != null) {
			this.unique.checkUpdate(oldDocument, newDocument, collection);
		}
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
		if (this.unique != null) {
			this.unique.updateInPlace(oldDocument, newDocument, position, collection);
		}
		removePosition(position);
		put(newDocument, position);
	}

	@Override
	public void drop() {
		if (this.unique != null) {
			this.unique.drop();
		}
		clear();
	}

	@Override
	public boolean isUnique() {
		return this.unique != null;
	}

	void removePosition(P position) {
		Object old = this.byPosition.remove(position);
		if (old instanceof Entry entry) {
			this.entries.remove(entry);
		}
		else if (old instanceof List<?> list) {
			list.forEach(this.entries::remove);
		}
		this.multikey.remove(position);
		this.irregular.remove(position);
	}

	void rebuild(Stream<DocumentWithPosition<P>> documents) {
		clear();
		documents.forEach((document) -> put(document.getDocument(), document.getPosition()));
	}

	private void clear() {
		this.entries.clear();
		this.byPosition.clear();
		this.multikey.clear();
		this.irregular.clear();
		this.arrayKeys.clear();
	}

	private void put(Document document, P given) {
		if (!this.kept) {
			return;
		}
		P position = shared(given);
		removePosition(position);
		Object[] values = new Object[this.paths.size()];
		int arrayKey = -1;
		boolean regular = true;
		for (int i = 0; i < values.length; i++) {
			Object value = Utils.getSubdocumentValueCollectionAware(document, this.paths.get(i));
			if (value == null || value instanceof Missing) {
				values[i] = null;
			}
			else if (isPlain(value)) {
				values[i] = shared(value);
			}
			else if (value instanceof Collection<?> elements && arrayKey < 0
					&& elements.stream().allMatch(IndexValues::isPlain)) {
				arrayKey = i;
				values[i] = elements;
			}
			else {
				regular = false;
			}
		}
		List<Entry> made = new ArrayList<>(1);
		if (!regular) {
			this.irregular.add(position);
		}
		else if (arrayKey < 0) {
			made.add(new Entry(values, position));
		}
		else {
			this.multikey.add(position);
			this.arrayKeys.set(arrayKey);
			for (Object element : new LinkedHashSet<>((Collection<?>) values[arrayKey])) {
				Object[] one = values.clone();
				one[arrayKey] = shared(element);
				Entry entry = new Entry(one, position);
				if (made.stream().noneMatch((other) -> compare(other, entry) == 0)) {
					made.add(entry);
				}
			}
		}
		made.forEach(this.entries::add);
		this.byPosition.put(position, (made.size() == 1) ? made.get(0) : made.isEmpty() ? List.of() : made);
	}

	/**
	 * One copy of each string however many entries hold it: every index reads its own
	 * copy of a document, so a status, a seller's id or a document's id (the position)
	 * would otherwise be a string per entry, most of the heap at 100,000 listings and
	 * 1,000,000 audit events (docs/BENCHMARKS.md). The JVM's string table lets go of a
	 * string no entry holds any more.
	 */
	@SuppressWarnings("unchecked")
	private static <V> V shared(V value) {
		return (value instanceof String text) ? (V) text.intern() : value;
	}

	// --- order

	int compare(Entry a, Entry b) {
		for (int i = 0; i < this.directions.length; i++) {
			int c = compareValues(a.values[i], b.values[i], this.directions[i]);
			if (c != 0) {
				return c;
			}
		}
		if (a.position instanceof Edge edge) {
			return (b.position instanceof Edge other) ? Integer.compare(edge.ordinal(), other.ordinal()) : edge.sign();
		}
		if (b.position instanceof Edge edge) {
			return -edge.sign();
		}
		return this.positionOrder.compare(a.position, b.position);
	}

	/** Key values (or probes' edges and bounds) and a position (or an edge). */
	static final class Entry {

		final Object[] values;

		final Object position;

		Entry(Object[] values, Object position) {
			this.values = values;
			this.position = position;
		}

		@SuppressWarnings("unchecked")
		<P> P position() {
			return (P) this.position;
		}

	}

}
