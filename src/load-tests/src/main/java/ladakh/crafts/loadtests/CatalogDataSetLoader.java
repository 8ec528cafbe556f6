package ladakh.crafts.loadtests;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a {@link CatalogDataSet} into a database: replaces its {@code crafts},
 * {@code sellers} and {@code listings} collections with the data set's documents, in
 * unordered {@code insertMany} batches, a few in flight at a time, listings generated as
 * they are written.
 */
public final class CatalogDataSetLoader {

	/** Documents per {@code insertMany}. */
	public static final int BATCH_SIZE = 1_000;

	private static final int IN_FLIGHT = 2;

	private static final List<String> COLLECTIONS = List.of("crafts", "sellers", "listings");

	private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

	private final MongoDatabase database;

	public CatalogDataSetLoader(MongoDatabase database) {
		this.database = database;
	}

	/**
	 * Drops the three collections and inserts the data set.
	 * @param dataSet the data set
	 * @return how many of each were written, and how long it took
	 */
	public Mono<LoadReport> replaceWith(CatalogDataSet dataSet) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			Flux<Document> listings = Flux.range(1, dataSet.listingCount())
				.map(dataSet::listing)
				.subscribeOn(Schedulers.parallel());
			// Only existing collections: dropping a missing one is an error on some
			// servers.
			return Flux.from(this.database.listCollectionNames())
				.filter(COLLECTIONS::contains)
				.concatMap((name) -> Mono.from(collection(name).drop()))
				.then(insert("crafts", Flux.fromIterable(dataSet.crafts())))
				.flatMap((crafts) -> insert("sellers", Flux.fromIterable(dataSet.sellers()))
					.flatMap((sellers) -> insert("listings", listings).map((inserted) -> new LoadReport(crafts, sellers,
							inserted, Duration.ofNanos(System.nanoTime() - started)))));
		});
	}

	private Mono<Long> insert(String name, Flux<Document> documents) {
		MongoCollection<Document> collection = collection(name);
		return documents.buffer(BATCH_SIZE)
			.flatMap((List<Document> batch) -> Mono.from(collection.insertMany(batch, UNORDERED))
				.map((result) -> (long) result.getInsertedIds().size()), IN_FLIGHT)
			.reduce(0L, Long::sum);
	}

	private MongoCollection<Document> collection(String name) {
		return this.database.getCollection(name);
	}

	/**
	 * What a load wrote.
	 *
	 * @param crafts crafts inserted
	 * @param sellers sellers inserted
	 * @param listings listings inserted
	 * @param took how long it took
	 */
	public record LoadReport(long crafts, long sellers, long listings, Duration took) {

	}

}
