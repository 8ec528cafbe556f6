package ladakh.crafts.catalog.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import ladakh.crafts.catalog.index.ListingDocument;
import org.elasticsearch.client.ResponseException;

/**
 * Writes listing documents with {@code version = rev, version_type = external}: a 409
 * means the index already holds this or a newer revision, which is success for the sync.
 */
class IndexWriter {

	private final ElasticsearchClient client;

	IndexWriter(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * Writes every document to every target.
	 * @param documents the documents
	 * @param targets the indices (the alias, or both physical indices during a rebuild)
	 * @param refresh whether to make them searchable at once
	 * @param requireAlias whether the targets must be aliases (so a missing alias fails
	 * rather than auto-creating an index with dynamic mappings)
	 * @return which ids are now in every target at their revision or newer, and why the
	 * others failed
	 * @throws ElasticsearchUnavailableException when Elasticsearch cannot be reached or
	 * refuses the whole request
	 */
	Outcome write(List<ListingDocument> documents, List<String> targets, boolean refresh, boolean requireAlias) {
		Set<String> written = new HashSet<>();
		documents.forEach((document) -> written.add(document.id()));
		Map<String, String> failed = new LinkedHashMap<>();
		if (documents.isEmpty()) {
			return new Outcome(written, failed);
		}
		for (String target : targets) {
			List<BulkOperation> operations = new ArrayList<>(documents.size());
			for (ListingDocument document : documents) {
				operations.add(BulkOperation.of((o) -> o.index((i) -> i.index(target)
					.id(document.id())
					.version(document.rev())
					.versionType(VersionType.External)
					.document(document))));
			}
			BulkResponse response = bulk(operations, refresh, requireAlias);
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null || isConflict(item)) {
					continue;
				}
				written.remove(item.id());
				failed.putIfAbsent(item.id(), target + ": " + item.error().type() + " " + item.error().reason());
			}
		}
		return new Outcome(written, failed);
	}

	private BulkResponse bulk(List<BulkOperation> operations, boolean refresh, boolean requireAlias) {
		try {
			return this.client.bulk((b) -> b.operations(operations)
				.refresh(refresh ? Refresh.True : Refresh.False)
				.requireAlias(requireAlias));
		}
		catch (ElasticsearchException ex) {
			throw new ElasticsearchUnavailableException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ElasticsearchUnavailableException(String.valueOf(ex.getMessage()), ex);
		}
	}

	private static boolean isConflict(BulkResponseItem item) {
		return item.status() == 409 || "version_conflict_engine_exception".equals(item.error().type());
	}

	/**
	 * Whether a failed single write was refused because a newer version is there. The
	 * client reports a 409 either as an {@link ElasticsearchException} or, when it cannot
	 * parse the body, as the low-level {@link ResponseException}, possibly wrapped.
	 */
	static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException es && es.status() == 409) {
				return true;
			}
			if (cause instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 409) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * What one write achieved.
	 *
	 * @param written ids now indexed at their revision or newer in every target
	 * @param failed ids that were not, with the reason
	 */
	record Outcome(Set<String> written, Map<String, String> failed) {

	}

}
