package ladakh.crafts.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * {@link ServedQueries.Access} over a collection's own methods, handed in as method
 * references: the library keeps them protected, so only the collection subclass (memory
 * or H2) can reach them, and both hand over the same set.
 */
final class CollectionAccess<P> implements ServedQueries.Access<P> {

	/** The library's own query (the superclass's {@code queryDocuments}). */
	interface LibraryQuery {

		QueryResult query(Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector);

	}

	/** The library's answer from given positions ({@code matchDocuments}). */
	interface PositionsQuery<P> {

		QueryResult query(Document query, Iterable<P> positions, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector);

	}

	/** What names the collection: its namespace and its name. */
	record Names(Supplier<String> namespace, Supplier<String> collectionName) {

	}

	private final LibraryQuery library;

	private final PositionsQuery<P> fromPositions;

	private final Supplier<List<Index<P>>> indexes;

	private final Supplier<String> idField;

	private final Names names;

	private final Function<P, Document> document;

	private final BiPredicate<Document, Document> matches;

	private final Comparator<P> naturalOrder;

	private final Supplier<Stream<DocumentWithPosition<P>>> all;

	CollectionAccess(LibraryQuery library, PositionsQuery<P> fromPositions, Supplier<List<Index<P>>> indexes,
			Supplier<String> idField, Names names, Function<P, Document> document,
			BiPredicate<Document, Document> matches, Comparator<P> naturalOrder,
			Supplier<Stream<DocumentWithPosition<P>>> all) {
		this.library = library;
		this.fromPositions = fromPositions;
		this.indexes = indexes;
		this.idField = idField;
		this.names = names;
		this.document = document;
		this.matches = matches;
		this.naturalOrder = naturalOrder;
		this.all = all;
	}

	@Override
	public QueryResult library(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fieldSelector) {
		return this.library.query(query, orderBy, skip, limit, batchSize, fieldSelector);
	}

	@Override
	public QueryResult fromPositions(Document query, Iterable<P> positions, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector) {
		return this.fromPositions.query(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
	}

	@Override
	public List<Index<P>> indexes() {
		return this.indexes.get();
	}

	@Override
	public String idField() {
		return this.idField.get();
	}

	@Override
	public String namespace() {
		return this.names.namespace().get();
	}

	@Override
	public String collectionName() {
		return this.names.collectionName().get();
	}

	@Override
	public Document document(P position) {
		return this.document.apply(position);
	}

	@Override
	public boolean matches(Document document, Document query) {
		return this.matches.test(document, query);
	}

	@Override
	public Comparator<P> naturalOrder() {
		return this.naturalOrder;
	}

	@Override
	public Stream<DocumentWithPosition<P>> allDocuments() {
		return this.all.get();
	}

}
