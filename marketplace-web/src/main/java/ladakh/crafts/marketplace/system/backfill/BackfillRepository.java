package ladakh.crafts.marketplace.system.backfill;

import java.time.Clock;
import java.util.Date;
import java.util.function.Supplier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Runs a start-up backfill once per database: a stored field that queries now ask for by
 * equality or range (decision 0046) is written on documents stored before the field was.
 * Finding those documents reads a whole collection, which is why it runs once: a marker
 * {@code backfill:<name>} in {@value #COLLECTION} records it. The backfills themselves
 * are idempotent, so two instances starting together, or a start that dies half way (no
 * marker yet), only repeat harmless work.
 */
@Repository
public class BackfillRepository {

	static final String COLLECTION = "system_markers";

	private static final Log logger = LogFactory.getLog(BackfillRepository.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	BackfillRepository(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Runs {@code backfill} unless it ran on this database before, then marks it done.
	 * @param name what is filled, e.g. {@code listings.publishedAt}
	 * @param backfill the work, answering how many documents it changed
	 * @return how many documents it changed (0 when it had run before)
	 */
	public Mono<Long> once(String name, Supplier<Mono<Long>> backfill) {
		String id = "backfill:" + name;
		return this.mongo.getCollection(COLLECTION)
			.flatMap((markers) -> Mono.from(markers.find(Filters.eq("_id", id)).first()))
			.map((done) -> 0L)
			.switchIfEmpty(
					Mono.defer(
							() -> backfill.get()
								.defaultIfEmpty(0L)
								.flatMap(
										(changed) -> this.mongo.getCollection(COLLECTION)
											.flatMap(
													(markers) -> Mono.from(
															markers
																.updateOne(Filters.eq("_id", id),
																		Updates
																			.combine(
																					Updates.setOnInsert("at",
																							Date.from(this.clock
																								.instant())),
																					Updates.setOnInsert("changed",
																							changed)),
																		new UpdateOptions().upsert(true))))
											.doOnNext((written) -> {
												if (changed > 0) {
													logger.info("Backfill %s: %d documents".formatted(name, changed));
												}
											})
											.thenReturn(changed))));
	}

}
