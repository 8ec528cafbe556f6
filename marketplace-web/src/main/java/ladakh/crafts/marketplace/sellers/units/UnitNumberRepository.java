package ladakh.crafts.marketplace.sellers.units;

import org.bson.Document;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Hands out the department's numbers for unit holders ({@code LEH/UH/2026/0001}) and
 * co-operative societies ({@code LEH/CS/2026/0001}) from {@code counters}, one counter
 * per kind, district and year ({@code regno-UH/LEH/2026}, beside the artisans'
 * {@code regno/LEH/2026}): an atomic {@code $inc} with upsert, so two registrations never
 * share a number.
 */
@Repository
class UnitNumberRepository {

	static final String COLLECTION = "counters";

	private final ReactiveMongoTemplate mongo;

	UnitNumberRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param series {@code UH} or {@code CS}
	 * @param districtCode {@code LEH} or {@code KGL}
	 */
	Mono<String> next(String series, String districtCode, int year) {
		Query counter = Query.query(Criteria.where("_id").is("regno-" + series + "/" + districtCode + "/" + year));
		return this.mongo
			.findAndModify(counter, new Update().inc("value", 1L),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
			.retryWhen(Retry.max(5).filter(DuplicateKeyException.class::isInstance))
			.map((document) -> ((Number) document.get("value")).intValue())
			.map((sequence) -> "%s/%s/%d/%04d".formatted(districtCode, series, year, sequence));
	}

}
