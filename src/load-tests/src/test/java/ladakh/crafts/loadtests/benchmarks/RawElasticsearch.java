package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Elasticsearch without the application: index administration, export of the indexed
 * documents and raw {@code _bulk} writes, over the low-level REST client.
 */
final class RawElasticsearch implements AutoCloseable {

	/**
	 * An indexed document as stored.
	 * @param id the {@code _id}
	 * @param version the external version it was written with
	 * @param source the {@code _source} JSON
	 */
	private static final Pattern TOOK = Pattern.compile("\"took\":(\\d+)");

	record StoredDocument(String id, long version, String source) {

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	RawElasticsearch(String url) {
		this.client = RestClient.builder(HttpHost.create(url))
			.setRequestConfigCallback((config) -> config.setConnectTimeout(5_000).setSocketTimeout(300_000))
			.build();
	}

	/** The physical indices behind an alias (none when it does not exist). */
	List<String> indicesOf(String alias) {
		Request request = new Request("GET", "/_alias/" + alias);
		request.addParameter("ignore_unavailable", "true");
		try {
			Response response = this.client.performRequest(request);
			List<String> names = new ArrayList<>();
			JSON.readTree(response.getEntity().getContent()).fieldNames().forEachRemaining(names::add);
			return names;
		}
		catch (org.elasticsearch.client.ResponseException ex) {
			if (ex.getResponse().getStatusLine().getStatusCode() == 404) {
				return List.of();
			}
			throw new UncheckedIOException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Creates an index from a definition ({@code {settings, mappings}}) behind an alias.
	 */
	void createIndex(String name, String definitionJson, String alias) {
		try {
			ObjectNode body = (ObjectNode) JSON.readTree(definitionJson);
			body.putObject("aliases").putObject(alias);
			send("PUT", "/" + name, body.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void deleteIndex(String name) {
		send("DELETE", "/" + name, null);
	}

	/**
	 * Every document of an index in id order, with its version, read in pages with
	 * {@code search_after}.
	 */
	List<StoredDocument> export(String index) {
		List<StoredDocument> documents = new ArrayList<>();
		String after = null;
		while (true) {
			ObjectNode body = JSON.createObjectNode();
			body.put("size", 2_000).put("version", true).put("track_total_hits", false);
			body.putArray("sort").addObject().put("id", "asc");
			if (after != null) {
				body.putArray("search_after").add(after);
			}
			JsonNode hits = send("POST", "/" + index + "/_search", body.toString()).path("hits").path("hits");
			if (hits.isEmpty()) {
				return documents;
			}
			for (Iterator<JsonNode> it = hits.elements(); it.hasNext();) {
				JsonNode hit = it.next();
				documents.add(new StoredDocument(hit.path("_id").asText(), hit.path("_version").asLong(),
						hit.path("_source").toString()));
				after = hit.path("sort").get(0).asText();
			}
		}
	}

	/**
	 * One {@code _bulk} request of index operations with external versions, as the sync
	 * writes them.
	 * @return Elasticsearch's own time for it ({@code took}), in milliseconds
	 * @throws IllegalStateException when an item failed
	 */
	long bulk(String target, List<StoredDocument> documents, boolean refresh) {
		StringBuilder ndjson = new StringBuilder(documents.size() * 1_600);
		for (StoredDocument document : documents) {
			ndjson.append("{\"index\":{\"_index\":\"")
				.append(target)
				.append("\",\"_id\":\"")
				.append(document.id())
				.append("\",\"version\":")
				.append(document.version())
				.append(",\"version_type\":\"external\"}}\n")
				.append(document.source())
				.append('\n');
		}
		Request request = new Request("POST", "/_bulk");
		request.addParameter("refresh", Boolean.toString(refresh));
		request.addParameter("require_alias", "true");
		request.setJsonEntity(ndjson.toString());
		try {
			Response response = this.client.performRequest(request);
			byte[] answer = EntityUtils.toByteArray(response.getEntity());
			// "took" and "errors" come first: no need to parse 500 items to know.
			String head = new String(answer, 0, Math.min(answer.length, 64), StandardCharsets.UTF_8);
			Matcher took = TOOK.matcher(head);
			if (!head.contains("\"errors\":false") && JSON.readTree(answer).path("errors").asBoolean(true)) {
				throw new IllegalStateException("a raw _bulk had item errors");
			}
			return took.find() ? Long.parseLong(took.group(1)) : JSON.readTree(answer).path("took").asLong();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits (at most {@code patience}) until the node runs no segment merge, so a run
	 * does not pay for the one before it.
	 * @return whether it became quiet in time
	 */
	boolean awaitNoMerges(java.time.Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode nodes = send("GET", "/_nodes/stats/indices/merge", null).path("nodes");
			long running = 0;
			for (JsonNode node : nodes) {
				running += node.path("indices").path("merges").path("current").asLong();
			}
			if (running == 0) {
				return true;
			}
			IndexerBenchmark.sleep(200);
		}
		return false;
	}

	long count(String index) {
		send("POST", "/" + index + "/_refresh", null);
		return send("GET", "/" + index + "/_count", null).path("count").asLong();
	}

	JsonNode send(String method, String path, String body) {
		Request request = new Request(method, path);
		if (body != null) {
			request.setJsonEntity(body);
		}
		try {
			Response response = this.client.performRequest(request);
			return JSON.readTree(response.getEntity().getContent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.client.close();
	}

}
