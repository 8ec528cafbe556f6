package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code attendance_marks} collection: the marks instructors made on their phones,
 * each stored under the id the phone gave it, so a mark sent again is a duplicate key and
 * counted once. Marks are never changed: a correction is a later mark of the same day.
 */
@Repository
class AttendanceMarkRepository {

	static final String COLLECTION = "attendance_marks";

	/** The most marks of one batch and day read back: a batch's intake is at most 25. */
	static final int MOST_OF_A_DAY = 1_000;

	private final ReactiveMongoTemplate mongo;

	AttendanceMarkRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a mark once.
	 * @return {@code true} when stored now, {@code false} when it was there
	 */
	Mono<Boolean> insertOnce(HandMark mark, String batchId, String by) {
		Document document = new Document("_id", mark.id()).append("personId", mark.personId())
			.append("batchId", batchId)
			.append("day", mark.day().toString())
			.append("attendance", mark.attendance().name())
			.append("markedAt", Date.from(mark.markedAt()))
			.append("by", by);
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/** A batch's marks of a day. */
	Flux<HandMark> ofBatchOn(String batchId, LocalDate day) {
		Query query = Query.query(Criteria.where("batchId").is(batchId).and("day").is(day.toString()))
			.limit(MOST_OF_A_DAY);
		return this.mongo.find(query, Document.class, COLLECTION).map(AttendanceMarkRepository::mark);
	}

	/** A person's marks of a period (a month: a stipend, a trainee's own history). */
	Flux<HandMark> ofPersonBetween(String personId, LocalDate from, LocalDate until) {
		Query query = Query
			.query(Criteria.where("personId").is(personId).and("day").gte(from.toString()).lte(until.toString()))
			.with(Sort.by("day"))
			.limit(MOST_OF_A_DAY);
		return this.mongo.find(query, Document.class, COLLECTION).map(AttendanceMarkRepository::mark);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(
					new Index().on("batchId", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("batchId_day"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("personId", Sort.Direction.ASC)
					.on("day", Sort.Direction.ASC)
					.named("personId_day")))
			.then();
	}

	private static HandMark mark(Document document) {
		return new HandMark(document.getString("_id"), document.getString("personId"),
				LocalDate.parse(document.getString("day")), Attendance.valueOf(document.getString("attendance")),
				document.getDate("markedAt").toInstant());
	}

}
