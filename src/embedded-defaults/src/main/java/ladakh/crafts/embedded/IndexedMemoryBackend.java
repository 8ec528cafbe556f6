package ladakh.crafts.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * The memory backend whose collections serve {@code _id} + other conditions from the
 * {@code _id} index (see {@link IdLookup}) and other queries from the indexes the
 * application declared (see {@link SecondaryIndex}, {@link SecondaryLookup}), report what
 * they read ({@link QueryScans}), and that tells the {@link TtlMonitor} its databases.
 */
final class IndexedMemoryBackend extends MemoryBackend implements TtlMonitor.Databases {

	@Override
	public Set<String> databaseNames() {
		return listDatabaseNames();
	}

	@Override
	public Oplog currentOplog() {
		return this.oplog;
	}

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	static final class Database extends MemoryDatabase {

		Database(String databaseName, CursorRegistry cursorRegistry) {
			super(databaseName, cursorRegistry);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry);
		}

		@Override
		protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			return new SecondaryIndex<>(indexName, keys, sparse, null);
		}

		@Override
		protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			Index<Integer> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
			// The _id index too, its entries kept once a query asks for an _id order.
			return Backends.isIdIndex(keys) ? SecondaryIndex.onDemand(indexName, keys, sparse, unique)
					: new SecondaryIndex<>(indexName, keys, sparse, unique);
		}

		@Override
		public Document handleCommand(Channel channel, String command, Document query,
				DatabaseResolver databaseResolver, Oplog oplog) {
			return Backends.handleCommand(command, query,
					() -> super.handleCommand(channel, command, query, databaseResolver, oplog));
		}

	}

	static final class Collection extends MemoryCollection {

		// Positions are indexes into the document list, which a scan walks upwards.
		private final ServedQueries.Access<Integer> access = new CollectionAccess<>(super::queryDocuments,
				this::matchDocuments, this::getIndexes, this::getIdField,
				new CollectionAccess.Names(this::getFullName, this::getCollectionName), this::getDocument,
				this::documentMatchesQuery, Integer::compare, this::streamAllDocumentsWithPosition);

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			return ServedQueries.query(this.access, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		@Override
		protected boolean documentMatchesQuery(Document document, Document query) {
			boolean matches = super.documentMatchesQuery(document, query);
			ServedQueries.examined(matches);
			return matches;
		}

		@Override
		public synchronized void addIndex(Index<Integer> index) {
			Backends.prepare(index, Integer::compare);
			super.addIndex(index);
			Backends.rebuild(index, getIndexes(), this::streamAllDocumentsWithPosition);
		}

		@Override
		protected void removeDocument(Integer position) {
			Backends.removed(getIndexes(), position);
			super.removeDocument(position);
		}

		@Override
		public synchronized int count(Document query, int skip, int limit) {
			return ServedQueries.as("count", () -> super.count(query, skip, limit));
		}

		@Override
		public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
			return ServedQueries.as("delete", () -> super.deleteDocuments(selector, limit, oplog));
		}

		@Override
		public synchronized Document findAndModify(Document query) {
			return ServedQueries.as("findAndModify", () -> super.findAndModify(query));
		}

		@Override
		public synchronized Document handleDistinct(Document query) {
			return ServedQueries.as("distinct", () -> super.handleDistinct(query));
		}

		@Override
		public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
				boolean isMulti, boolean isUpsert, Oplog oplog) {
			return ServedQueries.as("update", () -> {
				IdLookup.Lookup<Integer> lookup = IdLookup.lookup(selector, null, getIdField(), getIndexes(),
						Integer::compare);
				Document done = InPlaceUpdate.apply(selector, update, isMulti, isUpsert, oplog, lookup, getIndexes(),
						getIdField(), getFullName(),
						new InPlaceUpdate.Store<>(this::getDocument, this::documentMatchesQuery,
								(position, document) -> handleUpdate(position, document, document),
								this::updateDataSize));
				return (done != null) ? done
						: super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
			});
		}

	}

}
