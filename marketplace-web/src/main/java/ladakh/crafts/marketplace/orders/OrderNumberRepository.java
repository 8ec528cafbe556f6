package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Order numbers, from one counter document per year in {@code counters} ({@code {_id:
 * "orderno/<year>", seq}}).
 */
@Repository
class OrderNumberRepository {

	static final String COUNTERS = "counters";

	/** Order numbers taken from the counter at once (one round trip per block). */
	static final int NUMBER_BLOCK = 20;

	private final ReactiveMongoTemplate mongo;

	private final AtomicReference<NumberBlock> numbers = new AtomicReference<>(new NumberBlock(0));

	OrderNumberRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The next order number of the year ({@code LC-2026-000123}). Numbers come from the
	 * counter in blocks of {@value #NUMBER_BLOCK}, so a checkout rarely waits for it;
	 * they are unique, increase per instance, and a block an instance did not use up
	 * before it stopped leaves a gap.
	 */
	Mono<String> nextNumber(Instant now) {
		int year = now.atZone(ZoneId.of("Asia/Kolkata")).getYear();
		NumberBlock block = this.numbers.get();
		Long spare = (block.year == year) ? block.spare.poll() : null;
		if (spare != null) {
			return Mono.just(number(year, spare));
		}
		return this.mongo.getCollection(COUNTERS)
			.flatMap((counters) -> Mono.from(counters.findOneAndUpdate(Filters.eq("_id", "orderno/" + year),
					Updates.inc("seq", (long) NUMBER_BLOCK),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))))
			.map((counter) -> {
				long last = counter.get("seq", Number.class).longValue();
				NumberBlock fresh = new NumberBlock(year);
				for (long n = last - NUMBER_BLOCK + 2; n <= last; n++) {
					fresh.spare.add(n);
				}
				this.numbers.updateAndGet((current) -> (current.year == year) ? current.merge(fresh) : fresh);
				return number(year, last - NUMBER_BLOCK + 1);
			});
	}

	private static String number(int year, long seq) {
		return String.format("LC-%d-%06d", year, seq);
	}

	/** Numbers of one year not handed out yet. */
	private record NumberBlock(int year, ConcurrentLinkedQueue<Long> spare) {

		NumberBlock(int year) {
			this(year, new ConcurrentLinkedQueue<>());
		}

		NumberBlock merge(NumberBlock other) {
			this.spare.addAll(other.spare);
			return this;
		}

	}

}
