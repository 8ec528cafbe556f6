package ladakh.crafts.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * How both backends' collections answer a query: from the {@code _id} index
 * ({@link IdLookup}), from a declared index ({@link SecondaryLookup}), or by the
 * library's own code; and what they report to {@link QueryScans}. The documents examined
 * are the calls of the server's matcher while the query runs (the collections count them
 * in {@code documentMatchesQuery}), so a scan, a lookup and a walk are counted alike.
 */
final class ServedQueries {

	/** The operation a collection runs on this thread, for the report. */
	private static final ThreadLocal<String> operation = new ThreadLocal<>();

	private static final ThreadLocal<Tally> tally = new ThreadLocal<>();

	/** An aggregate's leading {@code $match}, for the collection it reads. */
	private static final ThreadLocal<Match> aggregateMatch = new ThreadLocal<>();

	private ServedQueries() {
	}

	/** What a collection lends (its protected methods, as method references). */
	interface Access<P> {

		/** The library's own answer (the superclass's {@code queryDocuments}). */
		QueryResult library(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector);

		/** The library's answer from these positions ({@code matchDocuments}). */
		QueryResult fromPositions(Document query, Iterable<P> positions, Document orderBy, int skip, int limit,
				int batchSize, Document fieldSelector);

		List<Index<P>> indexes();

		String idField();

		String namespace();

		String collectionName();

		Document document(P position);

		boolean matches(Document document, Document query);

		Comparator<P> naturalOrder();

		/** Every document with its position (to build an on-demand index). */
		Stream<DocumentWithPosition<P>> allDocuments();

	}

	static <P> QueryResult query(Access<P> collection, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector) {
		String kind = operation.get();
		Match match = aggregateMatch.get();
		if (match != null && (query == null || query.isEmpty())
				&& match.collection().equals(collection.collectionName())) {
			// The aggregate reads the whole collection and filters it with its $match
			// next: hand it the documents that match (it filters them again).
			aggregateMatch.remove();
			query = match.query();
			kind = "aggregate";
		}
		if (!QueryScans.listening() || collection.collectionName().startsWith("system.")) {
			// (the server's own bookkeeping, such as system.indexes, is not reported)
			return answer(collection, query, orderBy, skip, limit, batchSize, fieldSelector, null);
		}
		Tally counted = new Tally();
		Tally outer = tally.get();
		tally.set(counted);
		try {
			QueryResult result = answer(collection, query, orderBy, skip, limit, batchSize, fieldSelector, counted);
			long returned = Math.max(0, counted.matched - skip);
			if (limit > 0) {
				returned = Math.min(returned, limit);
			}
			QueryScans.record(collection.namespace(), (kind != null) ? kind : "find", query, orderBy, counted.examined,
					returned, counted.index);
			return result;
		}
		finally {
			tally.set(outer);
		}
	}

	private static <P> QueryResult answer(Access<P> collection, Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector, Tally counted) {
		IdLookup.Lookup<P> byId = IdLookup.lookup(query, orderBy, collection.idField(), collection.indexes(),
				collection.naturalOrder());
		if (byId != null) {
			if (counted != null) {
				counted.index = "_id_";
			}
			return collection.fromPositions(byId.rest(), byId.positions(), orderBy, skip, limit, batchSize,
					fieldSelector);
		}
		SecondaryLookup.Served<P> served = SecondaryLookup.serve(query, orderBy, skip, limit, collection.indexes(),
				new SecondaryLookup.Store<>(collection::document, collection::matches, collection.naturalOrder(),
						collection::allDocuments));
		if (served == null) {
			return collection.library(query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		if (counted == null) {
			return collection.fromPositions(new Document(), served.matches(), orderBy, skip, limit, batchSize,
					fieldSelector);
		}
		counted.index = served.index();
		// The matches are checked already: the server's pass over them counts no more.
		counted.paused = true;
		try {
			return collection.fromPositions(new Document(), served.matches(), orderBy, skip, limit, batchSize,
					fieldSelector);
		}
		finally {
			counted.paused = false;
		}
	}

	/** Called by the collections' matcher: one document examined. */
	static void examined(boolean matched) {
		Tally counted = tally.get();
		if (counted != null && !counted.paused) {
			counted.examined++;
			if (matched) {
				counted.matched++;
			}
		}
	}

	/** Runs a collection operation under its name in the report. */
	static <T> T as(String name, Supplier<T> work) {
		String outer = operation.get();
		if (outer != null) {
			return work.get(); // findAndModify's query stays findAndModify
		}
		operation.set(name);
		try {
			return work.get();
		}
		finally {
			operation.remove();
		}
	}

	/** Runs an aggregate whose first stage is {@code $match} on {@code collection}. */
	static <T> T aggregate(String collection, Document match, Supplier<T> work) {
		aggregateMatch.set(new Match(collection, match));
		try {
			return work.get();
		}
		finally {
			aggregateMatch.remove();
		}
	}

	/**
	 * The leading {@code $match} of an aggregate command, or {@code null}.
	 */
	static Document leadingMatch(Document command) {
		if (command.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
				&& stages.get(0) instanceof Document first && first.size() == 1
				&& first.get("$match") instanceof Document match && !match.isEmpty()) {
			return match;
		}
		return null;
	}

	private record Match(String collection, Document query) {

	}

	private static final class Tally {

		long examined;

		long matched;

		boolean paused;

		String index;

	}

}
