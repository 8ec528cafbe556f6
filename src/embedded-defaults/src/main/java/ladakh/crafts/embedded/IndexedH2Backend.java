package ladakh.crafts.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

/**
 * The H2 (MVStore file) backend whose collections serve {@code _id} + other conditions
 * from the {@code _id} index (see {@link IdLookup}) and other queries from the indexes
 * the application declared (see {@link SecondaryIndex}; kept in memory and rebuilt from
 * the documents when the file is opened), report what they read ({@link QueryScans}), and
 * that tells the {@link TtlMonitor} its databases. Same file layout as the plain backend:
 * a store written by either opens in the other.
 */
final class IndexedH2Backend extends H2Backend implements TtlMonitor.Databases {

	IndexedH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	public Set<String> databaseNames() {
		return listDatabaseNames();
	}

	@Override
	public Oplog currentOplog() {
		return this.oplog;
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		// Called from H2Backend's constructor for the databases already in the file: only
		// the store and the cursor registry (both set by then) are used.
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	/**
	 * An inner class on purpose: H2Database's constructor opens the existing collections
	 * (calling {@link #openOrCreateCollection}) before a subclass could set a field of
	 * its own, and H2Database keeps its store private; the enclosing backend's store (the
	 * same one) is reachable then, since the reference to it is set before the super
	 * call.
	 */
	final class Database extends H2Database {

		Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
			super(databaseName, store, cursorRegistry);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			// H2Database's own map names ("databases.<ns>", "meta.<ns>"), so files stay
			// compatible with it.
			MVStore store = getMvStore();
			String namespace = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> dataMap = store.openMap("databases." + namespace);
			MVMap<String, Object> metaMap = store.openMap("meta." + namespace);
			return new Collection(this, collectionName, options, dataMap, metaMap, this.cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			// Kept in memory only: rebuilt from the documents when the file is opened.
			return new SecondaryIndex<>(indexName, keys, sparse, null);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			Index<Object> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
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

	static final class Collection extends H2Collection {

		private final DataType<Object> keyType;

		// Positions are the keys of the data map, which a scan walks in key order.
		private final ServedQueries.Access<Object> access = new CollectionAccess<>(super::queryDocuments,
				this::matchDocuments, this::getIndexes, this::getIdField,
				new CollectionAccess.Names(this::getFullName, this::getCollectionName), this::getDocument,
				this::documentMatchesQuery, (left, right) -> Collection.this.keyType.compare(left, right),
				this::streamAllDocumentsWithPosition);

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
			this.keyType = dataMap.getKeyType();
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
		public synchronized void addIndex(Index<Object> index) {
			Backends.prepare(index, this.keyType::compare);
			super.addIndex(index);
			Backends.rebuild(index, getIndexes(), this::streamAllDocumentsWithPosition);
		}

		@Override
		protected void removeDocument(Object position) {
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
				IdLookup.Lookup<Object> lookup = IdLookup.lookup(selector, null, getIdField(), getIndexes(),
						this.keyType::compare);
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
