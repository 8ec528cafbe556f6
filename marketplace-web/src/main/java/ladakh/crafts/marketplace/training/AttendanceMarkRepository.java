package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

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

	/**
	 * Person-days present, absent and on leave per batch and month, from {@code from} to
	 * {@code until}: a {@code $match} on the range of index {@code day_batchId}, each
	 * person-day's latest mark kept (a correction, as {@link AttendanceMerge} keeps it),
	 * then summed per batch and month, all in the database.
	 */
	Flux<BatchMonth> monthsByBatch(LocalDate from, LocalDate until) {
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("day", new Document("$gte", from.toString()).append("$lte", until.toString()))),
				new Document("$sort", new Document("markedAt", 1).append("_id", 1)),
				new Document("$group",
						new Document("_id", new Document("b", "$batchId").append("p", "$personId").append("d", "$day"))
							.append("a", new Document("$last", "$attendance"))),
				new Document("$group",
						new Document("_id",
								new Document("b", "$_id.b").append("m",
										new Document("$substr", List.of("$_id.d", 0, 7))))
							.append("present", countOf(Attendance.PRESENT))
							.append("absent", countOf(Attendance.ABSENT))
							.append("leave", countOf(Attendance.LEAVE))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((marks) -> marks.aggregate(pipeline))
			.map((group) -> new BatchMonth(group.get("_id", Document.class).getString("b"),
					YearMonth.parse(group.get("_id", Document.class).getString("m")),
					group.get("present", Number.class).longValue(), group.get("absent", Number.class).longValue(),
					group.get("leave", Number.class).longValue()));
	}

	private static Document countOf(Attendance attendance) {
		return new Document("$sum",
				new Document("$cond", List.of(new Document("$eq", List.of("$a", attendance.name())), 1, 0)));
	}

	/** A batch's person-days of a month, by what was marked. */
	record BatchMonth(String batchId, YearMonth month, long present, long absent, long leave) {

	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(
					new Index().on("batchId", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("batchId_day"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("personId", Sort.Direction.ASC)
					.on("day", Sort.Direction.ASC)
					.named("personId_day")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("day", Sort.Direction.ASC)
					.on("batchId", Sort.Direction.ASC)
					.named("day_batchId")))
			.then();
	}

	private static HandMark mark(Document document) {
		return new HandMark(document.getString("_id"), document.getString("personId"),
				LocalDate.parse(document.getString("day")), Attendance.valueOf(document.getString("attendance")),
				document.getDate("markedAt").toInstant());
	}

}
