package ladakh.crafts.marketplace.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import ladakh.crafts.demo.CraftPhotoPainter;
import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.demo.Listing;
import ladakh.crafts.demo.PaintedPhoto;
import ladakh.crafts.demo.PhotoRef;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.media.PhotoStore.Kind;
import ladakh.crafts.marketplace.media.PhotoStore.NewPhoto;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the generated demo data into MongoDB at start when
 * {@code marketplace.demo-data.enabled} is true, after creating the indexes (always).
 * <p>
 * Every document and photo has a fixed id and is only inserted when absent, so a second
 * start, or two instances starting together, add nothing and overwrite nothing that users
 * have changed since. Photos are stored before the documents that point at them.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

	static final String MARKER_COLLECTION = "system_markers";

	static final String MARKER_ID = "demo-data";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

	/** Uploads are network-bound, so more may be in flight than photos being painted. */
	private static final int UPLOAD_CONCURRENCY = 8;

	private static final Log logger = LogFactory.getLog(DemoDataLoader.class);

	private final ReactiveMongoTemplate mongo;

	private final PhotoStore photos;

	private final MarketplaceIndexes indexes;

	private final DemoDataGenerator generator;

	private final CraftPhotoPainter painter;

	private final DemoDataProperties properties;

	DemoDataLoader(ReactiveMongoTemplate mongo, PhotoStore photos, MarketplaceIndexes indexes,
			DemoDataGenerator generator, CraftPhotoPainter painter, DemoDataProperties properties) {
		this.mongo = mongo;
		this.photos = photos;
		this.indexes = indexes;
		this.generator = generator;
		this.painter = painter;
		this.properties = properties;
	}

	/**
	 * Blocks once, at start, so the application reports itself started only with its
	 * indexes (and demo data) in place. Never runs on a request path.
	 */
	@Override
	public void run(ApplicationArguments args) {
		Mono<?> work = this.indexes.create();
		if (this.properties.enabled()) {
			work = work.then(load());
		}
		work.block(STARTUP_TIMEOUT);
	}

	/**
	 * Inserts whatever part of the demo data is missing.
	 * @return what was added
	 */
	public Mono<DemoLoadReport> load() {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return Mono.fromCallable(this.generator::generate)
				.subscribeOn(Schedulers.boundedElastic())
				.flatMap((data) -> storeMissingPhotos(data)
					.flatMap((photoFiles) -> insertDocuments(data).flatMap((inserted) -> writeMarker(data).thenReturn(
							new DemoLoadReport(inserted, photoFiles, Duration.ofNanos(System.nanoTime() - started))))))
				.doOnNext(DemoDataLoader::log);
		});
	}

	private Mono<Map<String, Integer>> insertDocuments(DemoData data) {
		return Flux
			.concat(insertMissing("crafts", data.crafts(), DemoDocuments::craft),
					insertMissing("sellers", data.sellers(), DemoDocuments::seller),
					insertMissing("exhibitions", data.exhibitions(), DemoDocuments::exhibition),
					insertMissing("listings", data.listings(), DemoDocuments::listing))
			.collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()));
	}

	/**
	 * Upserts with {@code $setOnInsert}: absent documents are inserted, present ones
	 * untouched.
	 */
	private <T> Mono<Map.Entry<String, Integer>> insertMissing(String collection, List<T> items,
			Function<T, Document> toDocument) {
		List<WriteModel<Document>> writes = new ArrayList<>(items.size());
		for (T item : items) {
			Document document = toDocument.apply(item);
			Object id = document.remove("_id");
			writes.add(new UpdateOneModel<>(Filters.eq("_id", id), new Document("$setOnInsert", document),
					new UpdateOptions().upsert(true)));
		}
		return this.mongo.getCollection(collection)
			.flatMap((c) -> Mono.from(c.bulkWrite(writes, new BulkWriteOptions().ordered(false))))
			.map((result) -> Map.entry(collection, result.getUpserts().size()));
	}

	/** Paints only the photos not stored yet, a bounded number at a time. */
	private Mono<Integer> storeMissingPhotos(DemoData data) {
		List<String> allIds = data.photos()
			.stream()
			.flatMap((photo) -> java.util.stream.Stream.of(photo.imageId(), photo.thumbId()))
			.toList();
		return this.photos.existing(allIds).collect(HashSet<String>::new, Set::add).flatMap((existing) -> {
			List<Missing> missing = new ArrayList<>();
			for (Listing listing : data.listings()) {
				for (PhotoRef photo : listing.photos()) {
					if (!existing.contains(photo.imageId()) || !existing.contains(photo.thumbId())) {
						missing.add(new Missing(listing, photo, existing.contains(photo.imageId()),
								existing.contains(photo.thumbId())));
					}
				}
			}
			return Flux.fromIterable(missing)
				.parallel(this.properties.photoParallelism())
				.runOn(Schedulers.boundedElastic())
				.flatMap((item) -> Flux.fromIterable(item.files(
						this.painter.paint(item.listing().craft(), item.photo().imageId(), item.listing().colours()))))
				.sequential()
				.flatMap((photo) -> this.photos.store(photo).thenReturn(1), UPLOAD_CONCURRENCY)
				.reduce(0, Integer::sum);
		});
	}

	private Mono<Void> writeMarker(DemoData data) {
		Document update = new Document("$set",
				new Document("version", DemoDataGenerator.VERSION).append("counts",
						DemoDocuments.counts(data.counts())))
			.append("$setOnInsert", new Document("loadedAt", Date.from(Instant.now())));
		return this.mongo.getCollection(MARKER_COLLECTION)
			.flatMap((c) -> Mono
				.from(c.updateOne(Filters.eq("_id", MARKER_ID), update, new UpdateOptions().upsert(true))))
			.then();
	}

	private static void log(DemoLoadReport report) {
		logger.info("Demo data v%d: inserted %s and %d photo files in %d ms".formatted(DemoDataGenerator.VERSION,
				report.inserted(), report.photoFilesStored(), report.duration().toMillis()));
	}

	private record Missing(Listing listing, PhotoRef photo, boolean imageStored, boolean thumbnailStored) {

		List<NewPhoto> files(PaintedPhoto painted) {
			List<NewPhoto> files = new ArrayList<>(2);
			if (!this.imageStored) {
				files.add(new NewPhoto(this.photo.imageId(), PaintedPhoto.CONTENT_TYPE, Kind.IMAGE, this.listing.id(),
						painted.image()));
			}
			if (!this.thumbnailStored) {
				files.add(new NewPhoto(this.photo.thumbId(), PaintedPhoto.CONTENT_TYPE, Kind.THUMBNAIL,
						this.listing.id(), painted.thumbnail()));
			}
			return files;
		}

	}

}
