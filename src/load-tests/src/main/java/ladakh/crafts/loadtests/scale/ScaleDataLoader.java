package ladakh.crafts.loadtests.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Adds a {@link ScaleDataSet} to a marketplace database, beside whatever is there (the
 * demo data, people's own records): unordered {@code insertMany} batches, a few in
 * flight, documents generated as they are written.
 * <p>
 * Idempotent: a marker document ({@code system_markers/scale-data}) records a finished
 * load and its sizes; loading the same sizes again does nothing, other sizes are refused
 * (start from a fresh data directory instead). A load that was interrupted is finished by
 * running it again: documents already written are skipped (their duplicate-key errors are
 * expected and counted as present).
 */
public final class ScaleDataLoader {

	/** Documents per {@code insertMany}. */
	public static final int BATCH_SIZE = 1_000;

	static final String MARKERS = "system_markers";

	static final String MARKER_ID = "scale-data";

	private static final int IN_FLIGHT = 2;

	private static final int DUPLICATE_KEY = 11000;

	private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

	private final MongoDatabase database;

	private final Consumer<String> progress;

	public ScaleDataLoader(MongoDatabase database, Consumer<String> progress) {
		this.database = database;
		this.progress = progress;
	}

	/**
	 * Adds the data set unless it is there already.
	 * @param data the data set
	 * @return what was written, or that nothing was
	 * @throws AlreadyLoaded (as the error) when a data set of other sizes is there
	 */
	public Mono<LoadReport> load(ScaleDataSet data) {
		return Mono.from(collection(MARKERS).find(Filters.eq("_id", MARKER_ID)).first())
			.map((marker) -> alreadyThere(marker, data))
			.switchIfEmpty(Mono.defer(() -> write(data)));
	}

	private LoadReport alreadyThere(Document marker, ScaleDataSet data) {
		Document sizes = marker.get("sizes", Document.class);
		Document wanted = new Document(data.sizes().asMap());
		if (!wanted.equals(sizes) || marker.get("seed", Number.class).longValue() != data.seed()) {
			throw new AlreadyLoaded("This database already holds a scale data set of other sizes (" + sizes + ", seed "
					+ marker.get("seed") + ", loaded " + marker.get("loadedAt")
					+ "); start from a fresh data directory to load " + data.sizes());
		}
		return new LoadReport(Map.of(), Duration.ZERO, true);
	}

	private Mono<LoadReport> write(ScaleDataSet data) {
		long started = System.nanoTime();
		Map<String, Long> written = new LinkedHashMap<>();
		return upsertCrafts(data).doOnNext((n) -> written.put("crafts", n))
			.then(insert("sellers", Flux.fromIterable(data.catalog().sellers()), written))
			.then(insert("listings", Flux.fromStream(data.catalog()::listings), written))
			.then(insert("users", Flux.fromStream(data::buyers), written))
			.then(insertOrders(data, written))
			.then(insert("audit_events", Flux.fromStream(data::auditEvents), written))
			.then(advanceOrderNumbers(data))
			.then(Mono.from(collection(MARKERS).insertOne(new Document("_id", MARKER_ID).append("seed", data.seed())
				.append("sizes", new Document(data.sizes().asMap()))
				.append("counts", new Document(Map.copyOf(written)))
				.append("loadedAt", Date.from(Instant.now())))))
			.then(Mono
				.fromSupplier(() -> new LoadReport(written, Duration.ofNanos(System.nanoTime() - started), false)));
	}

	/** The crafts are the department's: only missing ones are added. */
	private Mono<Long> upsertCrafts(ScaleDataSet data) {
		MongoCollection<Document> crafts = collection("crafts");
		return Flux.fromIterable(data.catalog().crafts()).concatMap((craft) -> {
			Document fields = new Document(craft);
			Object id = fields.remove("_id");
			return Mono.from(crafts.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", fields),
					new UpdateOptions().upsert(true)));
		}).filter((result) -> result.getUpsertedId() != null).count();
	}

	/**
	 * The checkout numbers orders per year from a counter: it must start after the
	 * generated numbers of every year they use.
	 */
	private Mono<Void> advanceOrderNumbers(ScaleDataSet data) {
		if (data.sizes().orders() == 0) {
			return Mono.empty();
		}
		MongoCollection<Document> counters = collection("counters");
		List<Integer> years = Stream.of(data.orderCreatedAt(1), ScaleDataSet.AS_OF, Instant.now())
			.map((at) -> at.atZone(java.time.ZoneId.of("Asia/Kolkata")).getYear())
			.distinct()
			.toList();
		int first = years.stream().min(Integer::compare).orElseThrow() - 2;
		int last = years.stream().max(Integer::compare).orElseThrow();
		return Flux.range(first, last - first + 1)
			.concatMap((year) -> Mono.from(counters.updateOne(Filters.eq("_id", "orderno/" + year),
					Updates.max("seq", (long) data.sizes().orders()), new UpdateOptions().upsert(true))))
			.then();
	}

	private Mono<Void> insert(String name, Flux<Document> documents, Map<String, Long> written) {
		MongoCollection<Document> collection = collection(name);
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return documents.buffer(BATCH_SIZE)
				.subscribeOn(Schedulers.parallel())
				.flatMap((List<Document> batch) -> insertBatch(collection, batch), IN_FLIGHT)
				.reduce(0L, Long::sum)
				.doOnNext((count) -> done(name, count, started, written))
				.then();
		});
	}

	/** Orders and their parts, generated once: a batch of orders, then their parts. */
	private Mono<Void> insertOrders(ScaleDataSet data, Map<String, Long> written) {
		MongoCollection<Document> orders = collection("orders");
		MongoCollection<Document> parts = collection("order_parts");
		return Mono.defer(() -> {
			long started = System.nanoTime();
			long[] counts = new long[2];
			return Flux.range(1, data.sizes().orders())
				.buffer(BATCH_SIZE)
				.subscribeOn(Schedulers.parallel())
				.map((numbers) -> numbers.stream().map(data::order).toList())
				.concatMap(
						(batch) -> insertBatch(orders, batch.stream().map(ScaleDataSet.OrderDocuments::order).toList())
							.doOnNext((n) -> counts[0] += n)
							.then(insertBatch(parts,
									batch.stream().flatMap((order) -> order.parts().stream()).toList()))
							.doOnNext((n) -> counts[1] += n))
				.then(Mono.fromRunnable(() -> {
					done("orders", counts[0], started, written);
					done("order_parts", counts[1], started, written);
				}));
		});
	}

	private static Mono<Long> insertBatch(MongoCollection<Document> collection, List<Document> batch) {
		if (batch.isEmpty()) {
			return Mono.just(0L);
		}
		return Mono.from(collection.insertMany(batch, UNORDERED))
			.map((result) -> (long) result.getInsertedIds().size())
			.onErrorResume(MongoBulkWriteException.class, (ex) -> onlyDuplicates(ex, batch.size()));
	}

	private void done(String name, long count, long started, Map<String, Long> written) {
		written.put(name, count);
		this.progress.accept("%s: %,d documents in %.1f s".formatted(name, count, (System.nanoTime() - started) / 1e9));
	}

	/**
	 * Documents of an interrupted load are there already: the rest of the batch went in.
	 */
	private static Mono<Long> onlyDuplicates(MongoBulkWriteException ex, int batchSize) {
		boolean duplicates = ex.getWriteErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY);
		return duplicates ? Mono.just((long) batchSize - ex.getWriteErrors().size()) : Mono.error(ex);
	}

	private MongoCollection<Document> collection(String name) {
		return this.database.getCollection(name);
	}

	/**
	 * What a load wrote.
	 *
	 * @param inserted documents inserted, by collection
	 * @param took how long it took
	 * @param alreadyLoaded the same data set was there already: nothing was written
	 */
	public record LoadReport(Map<String, Long> inserted, Duration took, boolean alreadyLoaded) {

	}

	/** A scale data set of other sizes is there already. */
	public static final class AlreadyLoaded extends IllegalStateException {

		AlreadyLoaded(String message) {
			super(message);
		}

	}

}
