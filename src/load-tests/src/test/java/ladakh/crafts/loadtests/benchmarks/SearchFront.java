package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchSort;
import reactor.core.scheduler.Schedulers;

/**
 * How the benchmarks search: the public search API over HTTP, or, where the marketplace
 * has no search API yet, the query API ({@link CatalogSearch}) called in its process with
 * the same parameters.
 */
abstract class SearchFront {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The API when the marketplace answers it, else the query API in-process. */
	static SearchFront of(InProcessMarketplace marketplace, HttpClient http) throws IOException, InterruptedException {
		HttpResponse<Void> probe = http.send(HttpRequest.newBuilder(marketplace.uri("/api/v1/search?q=probe")).build(),
				HttpResponse.BodyHandlers.discarding());
		if (probe.statusCode() == 404) {
			System.out.println("No /api/v1/search in this marketplace: searching through CatalogSearch in-process");
			return new InProcess(marketplace.context().getBean(CatalogSearch.class));
		}
		return new Api(marketplace, http);
	}

	/** What the report calls it. */
	abstract String name();

	abstract boolean overHttp();

	/** Starts one search; completes when the whole answer is in. */
	abstract CompletableFuture<?> search(String queryString);

	/** The ids of the first hits. */
	abstract List<String> ids(String queryString) throws IOException, InterruptedException;

	private static final class Api extends SearchFront {

		private final InProcessMarketplace marketplace;

		private final HttpClient http;

		Api(InProcessMarketplace marketplace, HttpClient http) {
			this.marketplace = marketplace;
			this.http = http;
		}

		@Override
		String name() {
			return "search API (`GET /api/v1/search`)";
		}

		@Override
		boolean overHttp() {
			return true;
		}

		@Override
		CompletableFuture<?> search(String queryString) {
			return this.http.sendAsync(request(queryString), HttpResponse.BodyHandlers.discarding())
				.thenApply((answer) -> {
					if (answer.statusCode() != 200) {
						throw new IllegalStateException("status " + answer.statusCode());
					}
					return answer;
				});
		}

		@Override
		List<String> ids(String queryString) throws IOException, InterruptedException {
			HttpResponse<String> response = this.http.send(request(queryString), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("/api/v1/search?" + queryString + " answered " + response.statusCode()
						+ ": " + response.body());
			}
			List<String> ids = new java.util.ArrayList<>();
			for (JsonNode hit : JSON.readTree(response.body()).path("hits")) {
				ids.add(hit.path("id").asText());
			}
			return ids;
		}

		private HttpRequest request(String queryString) {
			return HttpRequest.newBuilder(this.marketplace.uri("/api/v1/search?" + queryString))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json")
				.GET()
				.build();
		}

	}

	private static final class InProcess extends SearchFront {

		private final CatalogSearch search;

		InProcess(CatalogSearch search) {
			this.search = search;
		}

		@Override
		String name() {
			return "query API in-process (`CatalogSearch.search`; no search API in this build)";
		}

		@Override
		boolean overHttp() {
			return false;
		}

		/**
		 * Subscribed on another thread, as a server would, so the load's own thread only
		 * schedules (building the request is synchronous work).
		 */
		@Override
		CompletableFuture<?> search(String queryString) {
			return this.search.search(query(queryString)).subscribeOn(Schedulers.parallel()).toFuture();
		}

		@Override
		List<String> ids(String queryString) {
			return this.search.search(query(queryString)).block().hits().stream().map(SearchHit::id).toList();
		}

		/** The API's parameters (prices in rupees) as a query. */
		static SearchQuery query(String queryString) {
			Map<String, String> p = new HashMap<>();
			for (String pair : queryString.split("&")) {
				int eq = pair.indexOf('=');
				p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return new SearchQuery(p.get("q"), p.get("craft"), p.get("sellerType"), p.get("district"),
					rupees(p.get("priceMin")), rupees(p.get("priceMax")), flag(p.get("gi")), flag(p.get("inStock")),
					(p.get("sort") != null) ? SearchSort.fromParam(p.get("sort")).orElseThrow() : SearchSort.RELEVANCE,
					Integer.parseInt(p.getOrDefault("page", "1")),
					Integer.parseInt(p.getOrDefault("size", Integer.toString(SearchQuery.DEFAULT_SIZE))), null);
		}

		private static Long rupees(String value) {
			return (value != null) ? Long.parseLong(value) * 100 : null;
		}

		private static Boolean flag(String value) {
			return (value != null) ? Boolean.valueOf(value) : null;
		}

	}

}
