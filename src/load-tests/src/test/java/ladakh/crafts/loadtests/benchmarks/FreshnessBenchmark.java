package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import ladakh.crafts.loadtests.measure.Latencies;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Freshness in embedded mode (the sync in the marketplace's process): a seller edits a
 * listing's title through {@code PUT /api/v1/seller/listings/{id}}, then the search API
 * is polled for a word only the new title has until the listing comes back. Measured from
 * sending the edit to the first answer that finds it. One edit at a time, with a pause
 * between, so each is measured alone.
 * <p>
 * Without the seller API, the edit is the same single-document update the write side
 * makes ({@link SearchVisibleChange}) followed by {@link CatalogSyncTrigger}.
 */
final class FreshnessBenchmark {

	static final String PASSWORD = "bench-freshness-password";

	/** The listing fields a {@code PUT} takes back, as the seller API returns them. */
	private static final List<String> EDITABLE = List.of("title", "description", "craft", "materials", "dimensions",
			"weightGrams", "price", "stock", "madeToOrder", "leadTimeDays", "giTag", "careNotes");

	private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(15);

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * What was measured.
	 *
	 * @param throughApi whether edits went through the seller API
	 * @param search how search was polled
	 * @param visible edit sent to visible in search
	 * @param writes the edit's own round trip
	 */
	record Result(boolean throughApi, SearchFront search, Latencies visible, Latencies writes) {

	}

	/**
	 * A listing to edit and its seller's login.
	 *
	 * @param listingId the listing
	 * @param sellerId its seller
	 * @param originalTitle its English title before the benchmark
	 */
	record Editable(String listingId, String sellerId, String originalTitle) {

		String login() {
			return "bench-" + this.sellerId + "@bench.ladakh";
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final InProcessMarketplace marketplace;

	private final MongoDatabase database;

	private final SplittableRandom random = new SplittableRandom(42);

	FreshnessBenchmark(InProcessMarketplace marketplace, MongoDatabase database) {
		this.marketplace = marketplace;
		this.database = database;
	}

	/**
	 * SELLER accounts for the listings' sellers (a plain password: this is a benchmark
	 * store).
	 */
	static void createSellerAccounts(MongoDatabase database, List<Editable> listings) {
		Map<String, Document> users = new HashMap<>();
		for (Editable listing : listings) {
			users.computeIfAbsent(listing.sellerId(),
					(sellerId) -> new Document("_id", "usr-bench-" + sellerId).append("login", listing.login())
						.append("displayName", "Benchmark " + sellerId)
						.append("passwordHash", "{noop}" + PASSWORD)
						.append("roles", List.of("SELLER"))
						.append("sellerId", sellerId)
						.append("enabled", true)
						.append("createdAt", new Date())
						.append("lastLoginAt", null));
		}
		Mono.from(database.getCollection("users").insertMany(List.copyOf(users.values()))).block();
	}

	Result run(List<Editable> listings, int edits, Duration pause) throws IOException, InterruptedException {
		boolean api = sellerApiAnswers(listings.get(0));
		SearchFront search = SearchFront.of(this.marketplace, this.http);
		Latencies visible = new Latencies();
		Latencies writes = new Latencies();
		for (int i = 0; i < edits; i++) {
			Editable listing = listings.get(i % listings.size());
			String word = word();
			String title = listing.originalTitle() + " " + word;
			ObjectNode request = api ? editRequest(listing, title) : null;
			long sent = System.nanoTime();
			boolean written = api ? putThroughApi(listing, request) : updateDirectly(listing, title);
			long wrote = System.nanoTime();
			if (!written) {
				writes.error();
				visible.error();
				continue;
			}
			writes.record(wrote - sent);
			if (awaitVisible(search, listing.listingId(), word, sent)) {
				visible.record(System.nanoTime() - sent);
			}
			else {
				visible.error();
			}
			Thread.sleep(pause.toMillis());
		}
		return new Result(api, search, visible, writes);
	}

	private boolean sellerApiAnswers(Editable listing) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(sellerRequest(listing).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 200) {
			return true;
		}
		System.out.println("The seller API answered " + response.statusCode()
				+ ": freshness is measured with the write side's update and the sync trigger instead");
		return false;
	}

	private ObjectNode editRequest(Editable listing, String title) throws IOException, InterruptedException {
		HttpResponse<String> current = this.http.send(sellerRequest(listing).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode stored = JSON.readTree(current.body());
		ObjectNode request = JSON.createObjectNode();
		for (String field : EDITABLE) {
			request.set(field, stored.get(field));
		}
		((ObjectNode) request.get("title")).put("en", title);
		request.put("version", stored.path("version").asLong());
		return request;
	}

	private boolean putThroughApi(Editable listing, ObjectNode request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(sellerRequest(listing).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(request.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			System.out.println(
					"Edit of " + listing.listingId() + " answered " + response.statusCode() + ": " + response.body());
			return false;
		}
		return true;
	}

	private boolean updateDirectly(Editable listing, String title) {
		Instant now = Instant.now();
		long matched = Mono
			.from(this.database.getCollection("listings")
				.updateOne(Filters.eq("_id", listing.listingId()), SearchVisibleChange.update(now,
						Updates.set("title.en", title), Updates.set("updatedAt", Date.from(now)))))
			.block()
			.getMatchedCount();
		this.marketplace.context().getBean(CatalogSyncTrigger.class).listingsChanged();
		return matched == 1;
	}

	private boolean awaitVisible(SearchFront search, String listingId, String word, long sent)
			throws IOException, InterruptedException {
		while (System.nanoTime() - sent < VISIBLE_WITHIN.toNanos()) {
			if (search.ids("size=5&q=" + word).contains(listingId)) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	private HttpRequest.Builder sellerRequest(Editable listing) {
		String credentials = Base64.getEncoder()
			.encodeToString((listing.login() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(this.marketplace.uri("/api/v1/seller/listings/" + listing.listingId()))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
	}

	/** A made-up word of ten letters that no listing has (and no typo of another). */
	private String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + this.random.nextInt(26)));
		}
		return word.toString();
	}

}
