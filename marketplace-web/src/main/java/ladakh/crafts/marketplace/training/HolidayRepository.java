package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import ladakh.crafts.marketplace.shared.LocalizedText;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The department calendar's holidays, {@code department_holidays}: one document per day,
 * its id the date ({@code 2027-01-26}), so a month's holidays are an {@code _id} range.
 */
@Repository
class HolidayRepository {

	static final String COLLECTION = "department_holidays";

	private final ReactiveMongoTemplate mongo;

	HolidayRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Set<LocalDate>> between(LocalDate from, LocalDate until) {
		Query query = Query.query(Criteria.where("_id").gte(from.toString()).lte(until.toString()))
			.with(Sort.by("_id"))
			.limit(62);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((holiday) -> LocalDate.parse(holiday.getString("_id")))
			.collect(TreeSet::new, Set::add);
	}

	/** The holidays of a period with their names, by day (a year's fit in one read). */
	Flux<Holidays.Holiday> named(LocalDate from, LocalDate until) {
		Query query = Query.query(Criteria.where("_id").gte(from.toString()).lte(until.toString()))
			.with(Sort.by("_id"))
			.limit(366);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((holiday) -> new Holidays.Holiday(LocalDate.parse(holiday.getString("_id")),
					LocalizedText.of(holiday.get("name"))));
	}

	/** Keeps a holiday (the same day again changes its name only). */
	Mono<Void> save(LocalDate day, String nameEn, String nameHi) {
		return this.mongo
			.save(new Document("_id", day.toString()).append("name", new Document("en", nameEn).append("hi", nameHi)),
					COLLECTION)
			.then();
	}

}
