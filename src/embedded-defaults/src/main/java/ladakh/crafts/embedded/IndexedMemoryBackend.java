package ladakh.crafts.embedded;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The memory backend whose collections serve {@code _id} + other conditions from the
 * {@code _id} index (see {@link IdLookup}), and that tells the {@link TtlMonitor} its
 * databases.
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

	}

	static final class Collection extends MemoryCollection {

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			// Positions are indexes into the document list, which a scan walks upwards.
			IdLookup.Lookup<Integer> lookup = IdLookup.lookup(query, orderBy, getIdField(), getIndexes(),
					Integer::compare);
			if (lookup == null) {
				return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return matchDocuments(lookup.rest(), lookup.positions(), orderBy, numberToSkip, limit, batchSize,
					fieldSelector);
		}

		@Override
		public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
				boolean isMulti, boolean isUpsert, Oplog oplog) {
			IdLookup.Lookup<Integer> lookup = IdLookup.lookup(selector, null, getIdField(), getIndexes(),
					Integer::compare);
			Document done = InPlaceUpdate.apply(selector, update, isMulti, isUpsert, oplog, lookup, getIndexes(),
					getIdField(), getFullName(),
					new InPlaceUpdate.Store<>(this::getDocument, this::documentMatchesQuery,
							(position, document) -> handleUpdate(position, document, document), this::updateDataSize));
			return (done != null) ? done
					: super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
		}

	}

}
