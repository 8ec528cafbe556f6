package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import ladakh.crafts.loadtests.measure.FixedRateLoad;
import ladakh.crafts.loadtests.measure.Latencies;

/**
 * Search latency: the public search API over HTTP against a raw Elasticsearch
 * {@code _search} with the very body the API sent for the same query (recorded once per
 * query), each at the same fixed arrival rate over the same mix of queries. The two sides
 * alternate in equal slices, so drift on a shared machine falls on both alike.
 */
final class SearchBenchmark {

	/** Buyers' searches: words, local spellings and typos, Hindi, filters, sorts. */
	static final List<String> MIX = List.of("q=pashmina+shawl", "q=thangka", "q=thanka", "q=tangka+green+tara",
			"q=pashmeena+stole", "q=filigiri+earrings", "q=numdah+rug", "q=pabu+boots", "q=mani+stones",
			"q=%E0%A4%AA%E0%A4%B6%E0%A5%8D%E0%A4%AE%E0%A5%80%E0%A4%A8%E0%A4%BE", // पश्मीना
			"q=%E0%A4%A5%E0%A4%82%E0%A4%95%E0%A4%BE", // थंका
			"q=carved+walnut+box&priceMax=5000", "q=pashmina&sort=price_asc", "q=carpet&sellerType=SHG&sort=price_desc",
			"q=namda&district=KARGIL", "q=yak+wool+socks&inStock=true", "q=shawl&gi=true",
			"q=embroidered+cushion&priceMin=1000&priceMax=2000", "craft=pottery&sort=newest",
			"craft=thangka-painting&page=2", "q=choktse+table+dragon", "q=silver+filigre", "sort=newest&district=LEH",
			"q=prayer+wheel&sellerType=ARTISAN");

	/**
	 * One query of the mix with what the API sent to Elasticsearch for it.
	 *
	 * @param apiQuery the API's query string
	 * @param esPath the path and query string of the Elasticsearch request
	 * @param esBody its body
	 */
	record Captured(String apiQuery, String esPath, String esBody) {

	}

	/**
	 * The two sides' latencies.
	 *
	 * @param api the search API
	 * @param raw raw Elasticsearch
	 */
	record Result(Latencies api, Latencies raw) {

		double p99Ratio() {
			return ratio(this.api.p99(), this.raw.p99());
		}

		double p50Ratio() {
			return ratio(this.api.p50(), this.raw.p50());
		}

		private static double ratio(Duration a, Duration b) {
			return (double) a.toNanos() / b.toNanos();
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final SearchFront front;

	private final String elasticsearchUrl;

	private final List<Captured> captured = new ArrayList<>();

	SearchBenchmark(InProcessMarketplace marketplace, String elasticsearchUrl)
			throws IOException, InterruptedException {
		this.front = SearchFront.of(marketplace, this.http);
		this.elasticsearchUrl = elasticsearchUrl;
	}

	SearchFront front() {
		return this.front;
	}

	/** Sends each query once through the API and keeps the search it sent. */
	List<Captured> capture() throws InterruptedException {
		this.captured.clear();
		for (String query : MIX) {
			RecordedRequests.start();
			try {
				this.front.search(query).get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				RecordedRequests.stop();
				throw new AssertionError("the search " + query + " failed", ex.getCause());
			}
			List<RecordedRequests.Recorded> sent = RecordedRequests.stop()
				.stream()
				.filter((request) -> request.uri().contains("/_search"))
				.toList();
			if (sent.size() != 1) {
				throw new AssertionError("the search " + query + " sent " + sent.size()
						+ " searches to Elasticsearch; the benchmark replays exactly one");
			}
			this.captured.add(new Captured(query, sent.get(0).uri(), sent.get(0).body()));
		}
		return List.copyOf(this.captured);
	}

	/**
	 * Runs both sides at the rate.
	 * @param perSecond requests started per second, on each side
	 * @param warmUp untimed load on each side first
	 * @param slice how long each side runs at a time
	 * @param slices slices per side
	 */
	Result run(double perSecond, Duration warmUp, Duration slice, int slices) {
		load(perSecond, warmUp, this::api);
		load(perSecond, warmUp, this::raw);
		Latencies api = new Latencies();
		Latencies raw = new Latencies();
		for (int i = 0; i < slices; i++) {
			// ABBA: api, raw, raw, api, ...
			boolean apiFirst = i % 2 == 0;
			Latencies first = load(perSecond, slice, apiFirst ? this::api : this::raw);
			Latencies second = load(perSecond, slice, apiFirst ? this::raw : this::api);
			(apiFirst ? api : raw).addAll(first);
			(apiFirst ? raw : api).addAll(second);
		}
		return new Result(api, raw);
	}

	private Latencies load(double perSecond, Duration duration,
			java.util.function.IntFunction<CompletableFuture<?>> send) {
		return new FixedRateLoad(perSecond, duration, Duration.ofSeconds(30)).run(send);
	}

	private CompletableFuture<?> api(int i) {
		return this.front.search(this.captured.get(i % this.captured.size()).apiQuery());
	}

	private CompletableFuture<?> raw(int i) {
		Captured query = this.captured.get(i % this.captured.size());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + query.esPath()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query.esBody()))
			.build();
		return ok(this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
	}

	private static CompletableFuture<?> ok(CompletableFuture<? extends HttpResponse<?>> response) {
		return response.thenApply((answer) -> {
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("status " + answer.statusCode());
			}
			return answer;
		});
	}

}
