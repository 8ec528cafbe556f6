package ladakh.crafts.catalog.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import ladakh.crafts.catalog.index.ListingDocument;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Writes listing documents with {@code version = rev, version_type = external}: a 409
 * means the index already holds this or a newer revision, which is success for the sync.
 * <p>
 * Documents are turned into JSON, and the request body written, by {@link #prepare}
 * before the request (the sync does it on its own thread while the previous bulk request
 * is in Elasticsearch). The request goes through the low-level REST client under the
 * typed one, its NDJSON written here and its answer, trimmed to each item's id, status
 * and error, read only as far as needed: on a 500-listing batch the typed client's
 * request and answer objects cost about a quarter of Elasticsearch's own time. Other
 * transports take the typed path.
 */
class IndexWriter {

	/** The parts of a bulk answer the writer reads. */
	static final String BULK_ANSWER = "took,errors,items.*._index,items.*._id,items.*.status,items.*.error";

	private static final JsonFactory JSON = new JsonFactory();

	private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

	private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

	private final ElasticsearchClient client;

	private final ElasticsearchClient bulkClient;

	/**
	 * The low-level client under the typed one, when there is one: bulk requests go
	 * there.
	 */
	private final RestClient rest;

	IndexWriter(ElasticsearchClient client) {
		this.client = client;
		this.bulkClient = client.withTransportOptions((options) -> options.setParameter("filter_path", BULK_ANSWER));
		this.rest = (client._transport() instanceof RestClientTransport transport) ? transport.restClient() : null;
	}

	/** A listing document as the JSON a bulk request carries. */
	record Serialized(String id, long rev, BinaryData json) {

	}

	/**
	 * A bulk write ready to send: its documents as JSON and, on the REST client, each
	 * target's request body, so that sending does no more than the request itself.
	 *
	 * @param documents the documents
	 * @param targets the indices (the alias, or both physical indices during a rebuild)
	 * @param refresh whether to make them searchable at once
	 * @param requireAlias whether the targets must be aliases (so a missing alias fails
	 * rather than auto-creating an index with dynamic mappings)
	 * @param bodies one NDJSON body per target, or empty on the typed path
	 */
	record Bulk(List<Serialized> documents, List<String> targets, boolean refresh, boolean requireAlias,
			List<byte[]> bodies) {

		List<String> ids() {
			return this.documents.stream().map(Serialized::id).toList();
		}

	}

	/**
	 * Prepares a bulk write: the documents turned into JSON with the client's own mapper
	 * and, for the REST client, the request bodies written. The sync does this on its own
	 * thread while the previous bulk request is in Elasticsearch.
	 */
	Bulk prepare(List<ListingDocument> documents, List<String> targets, boolean refresh, boolean requireAlias) {
		List<Serialized> serialized = new ArrayList<>(documents.size());
		for (ListingDocument document : documents) {
			serialized.add(
					new Serialized(document.id(), document.rev(), BinaryData.of(document, this.client._jsonpMapper())));
		}
		List<byte[]> bodies = new ArrayList<>(targets.size());
		if (this.rest != null && !serialized.isEmpty()) {
			for (String target : targets) {
				bodies.add(ndjson(serialized, target));
			}
		}
		return new Bulk(serialized, List.copyOf(targets), refresh, requireAlias, bodies);
	}

	/** Prepares and sends at once; see {@link #send}. */
	Outcome write(List<ListingDocument> documents, List<String> targets, boolean refresh, boolean requireAlias) {
		return send(prepare(documents, targets, refresh, requireAlias));
	}

	/**
	 * Writes every document of the bulk to every target.
	 * @return which ids are now in every target at their revision or newer, and why the
	 * others failed
	 * @throws ElasticsearchUnavailableException when Elasticsearch cannot be reached or
	 * refuses the whole request
	 */
	Outcome send(Bulk bulk) {
		Set<String> written = new HashSet<>(bulk.ids());
		Map<String, String> failed = new LinkedHashMap<>();
		if (bulk.documents().isEmpty()) {
			return new Outcome(written, failed, 0);
		}
		long took = 0;
		for (int i = 0; i < bulk.targets().size(); i++) {
			String target = bulk.targets().get(i);
			Answer answer = bulk.bodies().isEmpty()
					? typedBulk(bulk.documents(), target, bulk.refresh(), bulk.requireAlias())
					: bulkRequest(bulk.bodies().get(i), bulk.refresh(), bulk.requireAlias());
			took += answer.tookMillis();
			answer.refused().forEach((id, reason) -> {
				written.remove(id);
				failed.putIfAbsent(id, target + ": " + reason);
			});
		}
		return new Outcome(written, failed, took);
	}

	/**
	 * A {@code _bulk} body of index operations with external versions into one target.
	 */
	private static byte[] ndjson(List<Serialized> documents, String target) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(documents.size() * 2_048);
		byte[] index = ("{\"index\":{\"_index\":\"" + new String(QUOTE.quoteAsString(target)) + "\",\"_id\":\"")
			.getBytes(StandardCharsets.UTF_8);
		byte[] version = "\",\"version\":".getBytes(StandardCharsets.UTF_8);
		byte[] external = ",\"version_type\":\"external\"}}\n".getBytes(StandardCharsets.UTF_8);
		try {
			for (Serialized document : documents) {
				body.write(index);
				body.write(QUOTE.quoteAsUTF8(document.id()));
				body.write(version);
				body.write(Long.toString(document.rev()).getBytes(StandardCharsets.US_ASCII));
				body.write(external);
				document.json().writeTo(body);
				body.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // not thrown by an in-memory stream
		}
		return body.toByteArray();
	}

	/**
	 * One {@code _bulk} request on the low-level client, its answer read with a streaming
	 * parser, and only as far as it must be (every item only when {@code errors} is
	 * true). The typed client's request and answer objects cost about as much as
	 * Elasticsearch's own work on a 500-listing batch.
	 * @return the ids refused, other than for a newer version already there, with why
	 */
	private Answer bulkRequest(byte[] body, boolean refresh, boolean requireAlias) {
		try {
			Request request = new Request("POST", "/_bulk");
			request.addParameter("refresh", Boolean.toString(refresh));
			request.addParameter("require_alias", Boolean.toString(requireAlias));
			request.addParameter("filter_path", BULK_ANSWER);
			request.setEntity(new ByteArrayEntity(body, NDJSON));
			Response response = this.rest.performRequest(request);
			try (InputStream answer = response.getEntity().getContent()) {
				return read(answer);
			}
		}
		catch (ResponseException ex) {
			throw new ElasticsearchUnavailableException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ElasticsearchUnavailableException(String.valueOf(ex.getMessage()), ex);
		}
	}

	/**
	 * Reads a bulk answer: Elasticsearch's own time ({@code took}) and, only when
	 * {@code errors} is true, each item's error (both come before the items).
	 */
	static Answer read(InputStream answer) throws IOException {
		Map<String, String> refused = new LinkedHashMap<>();
		long took = 0;
		boolean errors = true;
		try (JsonParser parser = JSON.createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IOException("a bulk answer that is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("took".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
					took = parser.getLongValue();
				}
				else if ("errors".equals(field)) {
					errors = value != JsonToken.VALUE_FALSE;
				}
				else if ("items".equals(field) && !errors) {
					return new Answer(took, refused);
				}
				else if ("items".equals(field) && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						parser.nextToken(); // the operation's name
						parser.nextToken(); // its object
						Item item = item(parser);
						parser.nextToken(); // the end of the item
						if (item.error() != null && item.status() != 409
								&& !"version_conflict_engine_exception".equals(item.errorType())) {
							refused.put(item.id(), item.error());
						}
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		return new Answer(took, refused);
	}

	/**
	 * One target's answer to a bulk request.
	 *
	 * @param tookMillis Elasticsearch's own time for it
	 * @param refused the ids refused, other than for a newer version already there, with
	 * why
	 */
	record Answer(long tookMillis, Map<String, String> refused) {

	}

	private static Item item(JsonParser parser) throws IOException {
		String id = null;
		int status = 0;
		String type = null;
		String reason = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			parser.nextToken();
			switch (field) {
				case "_id" -> id = parser.getValueAsString();
				case "status" -> status = parser.getValueAsInt();
				case "error" -> {
					while (parser.nextToken() == JsonToken.FIELD_NAME) {
						String name = parser.currentName();
						parser.nextToken();
						if ("type".equals(name)) {
							type = parser.getValueAsString();
						}
						else if ("reason".equals(name)) {
							reason = parser.getValueAsString();
						}
						else {
							parser.skipChildren();
						}
					}
				}
				default -> parser.skipChildren();
			}
		}
		return new Item(id, status, type, (type != null) ? type + " " + reason : null);
	}

	private record Item(String id, int status, String errorType, String error) {

	}

	/**
	 * The same request through the typed client (a transport other than the REST client).
	 */
	private Answer typedBulk(List<Serialized> documents, String target, boolean refresh, boolean requireAlias) {
		List<BulkOperation> operations = new ArrayList<>(documents.size());
		for (Serialized document : documents) {
			operations.add(BulkOperation.of((o) -> o.index((i) -> i.index(target)
				.id(document.id())
				.version(document.rev())
				.versionType(VersionType.External)
				.document(document.json()))));
		}
		BulkResponse response;
		try {
			response = this.bulkClient.bulk((b) -> b.operations(operations)
				.refresh(refresh ? Refresh.True : Refresh.False)
				.requireAlias(requireAlias));
		}
		catch (ElasticsearchException ex) {
			throw new ElasticsearchUnavailableException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ElasticsearchUnavailableException(String.valueOf(ex.getMessage()), ex);
		}
		Map<String, String> refused = new LinkedHashMap<>();
		for (BulkResponseItem item : response.items()) {
			if (item.error() != null && !isConflict(item)) {
				refused.put(item.id(), item.error().type() + " " + item.error().reason());
			}
		}
		return new Answer(response.took(), refused);
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
	 * @param tookMillis Elasticsearch's own time for the requests ({@code took}, summed
	 * over the targets)
	 */
	record Outcome(Set<String> written, Map<String, String> failed, long tookMillis) {

	}

}
