package ladakh.crafts.marketplace.sellers.registration;

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
 * Hands out registration-number sequences from {@code counters}, one counter per district
 * and year ({@code regno/LEH/2026}): an atomic {@code $inc} with upsert, so concurrent
 * approvals never share a number. See docs/decisions/0012-registration-numbers.md.
 */
@Repository
class RegistrationNumberRepository {

	static final String COLLECTION = "counters";

	/**
	 * The handloom department registers pashmina weavers; everything else is handicraft.
	 */
	static final String HANDLOOM_CRAFT = "pashmina-weaving";

	private final ReactiveMongoTemplate mongo;

	RegistrationNumberRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	static String counterId(District district, int year) {
		return "regno/" + district.code() + "/" + year;
	}

	static String department(String primaryCraft) {
		return HANDLOOM_CRAFT.equals(primaryCraft) ? "HL" : "HC";
	}

	Mono<RegistrationNumber> next(District district, String primaryCraft, int year) {
		Query counter = Query.query(Criteria.where("_id").is(counterId(district, year)));
		// Two first-of-the-year upserts can race on the new _id; the loser retries and
		// then finds the document.
		return this.mongo
			.findAndModify(counter, new Update().inc("value", 1L),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
			.retryWhen(Retry.max(5).filter(DuplicateKeyException.class::isInstance))
			.map((document) -> ((Number) document.get("value")).intValue())
			.map((sequence) -> new RegistrationNumber(district, department(primaryCraft), year, sequence));
	}

}
