package ladakh.crafts.catalog.sync;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * What a test does between a bulk reaching Elasticsearch and the sync clearing its dirty
 * marks, the moment a crash or a concurrent edit matters most. It runs in the writer the
 * sync is built with ({@link #writer}), so main code has no hook for it.
 */
@FunctionalInterface
interface AfterBulk {

	AfterBulk NOTHING = (ids) -> {
	};

	/**
	 * Called once a bulk has been written, before the sync sees its outcome; throwing
	 * {@link Crash} ends the sync right there, as a kill -9 would.
	 * @param ids the listings just written
	 */
	void written(List<String> ids);

	/** An index writer that calls this after each bulk it sends. */
	default IndexWriter writer(ElasticsearchClient client) {
		if (this == NOTHING) {
			return new IndexWriter(client);
		}
		return new IndexWriter(client) {
			@Override
			Outcome send(Bulk bulk) {
				Outcome outcome = super.send(bulk);
				written(bulk.ids());
				return outcome;
			}
		};
	}

	/**
	 * Ends the sync at once, leaving everything as a killed process would: an
	 * {@link Error}, which the sync does not retry (it clears nothing more and releases
	 * no lease).
	 */
	final class Crash extends Error {

		Crash() {
			super("simulated crash");
		}

	}

}
