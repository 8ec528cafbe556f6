package ladakh.crafts.marketplace.training;

import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stipend_lines} collection. A month's line has the id
 * {@code <trainee>:<yyyy-MM>}, so a month is computed once (a second computation is a
 * duplicate key); a line moves COMPUTED → APPROVED → PAID only from the state it was read
 * in, so two officers acting at once cannot both move it.
 */
@Repository
class StipendLineRepository {

	static final String COLLECTION = "stipend_lines";

	/**
	 * The most lines read at once: a trainee's two years with corrections, a batch's
	 * month.
	 */
	static final int MOST = 200;

	private final ReactiveMongoTemplate mongo;

	StipendLineRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a new line; CONFLICT when its id is taken (the month was computed). */
	Mono<StipendLine> insert(StipendLine line) {
		return this.mongo.insert(document(line), COLLECTION)
			.thenReturn(line)
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("training.stipend.refused.computed"));
	}

	Mono<StipendLine> byId(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(StipendLineRepository::line);
	}

	/** Stores a line's next state if it is still in the state it was read in. */
	Mono<StipendLine> moved(StipendLine read, StipendLine next) {
		Query still = Query.query(Criteria.where("_id").is(read.id()).and("state").is(read.state().name()));
		Update update = Update.update("state", next.state().name())
			.set("approvedBy", next.approvedBy())
			.set("paymentReference", next.paymentReference());
		return this.mongo.updateFirst(still, update, COLLECTION)
			.flatMap((result) -> (result.getModifiedCount() == 1) ? Mono.just(next)
					: Mono.error(Refusal.conflict("training.stipend.refused.changed")));
	}

	/** A trainee's lines, newest month first. */
	Flux<StipendLine> ofTrainee(String traineeId) {
		Query query = Query.query(Criteria.where("traineeId").is(traineeId))
			.with(Sort.by(Sort.Direction.DESC, "month").and(Sort.by("_id")))
			.limit(MOST);
		return this.mongo.find(query, Document.class, COLLECTION).map(StipendLineRepository::line);
	}

	/** A batch's lines of a month, for the officer who approves them. */
	Flux<StipendLine> ofBatch(String batchId, YearMonth month) {
		Query query = Query.query(Criteria.where("batchId").is(batchId).and("month").is(month.toString()))
			.with(Sort.by("_id"))
			.limit(MOST);
		return this.mongo.find(query, Document.class, COLLECTION).map(StipendLineRepository::line);
	}

	Mono<Long> correctionsOf(String traineeId, YearMonth month) {
		Query query = Query
			.query(Criteria.where("traineeId").is(traineeId).and("month").is(month.toString()).and("stipend").is(null));
		return this.mongo.count(query, COLLECTION);
	}

	/**
	 * The paid lines of the months {@code from}..{@code to} summed by month and batch,
	 * with the trainees paid in each (a trainee's month and its corrections count once):
	 * one {@code $match} on {@code state, month} (index {@code state_month}) and two
	 * {@code $group}s in the database.
	 */
	Flux<PaidGroup> paidByMonthAndBatch(YearMonth from, YearMonth to) {
		Document cell = new Document("month", "$_id.month").append("batchId", "$_id.batchId");
		return aggregate(List.of(paid(from, to), new Document("$group",
				new Document("_id",
						new Document("month", "$month").append("batchId", "$batchId").append("traineeId", "$traineeId"))
					.append("amountMinor", new Document("$sum", "$amountMinor"))
					.append("lines", new Document("$sum", 1))),
				new Document("$group",
						new Document("_id", cell).append("amountMinor", new Document("$sum", "$amountMinor"))
							.append("trainees", new Document("$sum", 1))
							.append("lines", new Document("$sum", "$lines")))))
			.map((group) -> {
				Document key = group.get("_id", Document.class);
				return new PaidGroup(key.getString("month"), key.getString("batchId"),
						Money.paise(group.get("amountMinor", Number.class).longValue()),
						group.get("trainees", Number.class).longValue(), group.get("lines", Number.class).longValue());
			});
	}

	/** A month's paid lines of one batch, summed. */
	record PaidGroup(String month, String batchId, Money amount, long trainees, long lines) {

	}

	/** How many trainees had a line of the months {@code from}..{@code to} paid. */
	Mono<Long> traineesPaid(YearMonth from, YearMonth to) {
		return aggregate(List.of(paid(from, to), new Document("$group", new Document("_id", "$traineeId")),
				new Document("$group", new Document("_id", null).append("trainees", new Document("$sum", 1)))))
			.next()
			.map((group) -> group.get("trainees", Number.class).longValue())
			.defaultIfEmpty(0L);
	}

	private static Document paid(YearMonth from, YearMonth to) {
		return new Document("$match", new Document("state", StipendLine.State.PAID.name()).append("month",
				new Document("$gte", from.toString()).append("$lte", to.toString())));
	}

	private Flux<Document> aggregate(List<Document> pipeline) {
		return this.mongo.getCollection(COLLECTION).flatMapMany((lines) -> lines.aggregate(pipeline));
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("traineeId", Sort.Direction.ASC)
				.on("month", Sort.Direction.DESC)
				.named("traineeId_month"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("batchId", Sort.Direction.ASC)
					.on("month", Sort.Direction.ASC)
					.named("batchId_month")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("state", Sort.Direction.ASC)
					.on("month", Sort.Direction.ASC)
					.named("state_month")))
			.then();
	}

	private static Document document(StipendLine line) {
		Document stipend = null;
		if (line.stipend() != null) {
			StipendRule.Stipend s = line.stipend();
			stipend = new Document("workingDays", s.workingDays())
				.append("enrolledWorkingDays", s.enrolledWorkingDays())
				.append("daysPresent", s.daysPresent())
				.append("belowMinimum", s.belowMinimum())
				.append("parts", s.parts()
					.stream()
					.map((part) -> new Document("rateMinor", part.monthlyRate().minor()).append("days", part.days()))
					.toList());
		}
		return new Document("_id", line.id()).append("traineeId", line.traineeId())
			.append("batchId", line.batchId())
			.append("month", line.month().toString())
			.append("stipend", stipend)
			.append("amountMinor", line.amount().minor())
			.append("reason", line.reason())
			.append("state", line.state().name())
			.append("approvedBy", line.approvedBy())
			.append("paymentReference", line.paymentReference())
			.append("at", Date.from(line.at()));
	}

	private static StipendLine line(Document document) {
		YearMonth month = YearMonth.parse(document.getString("month"));
		Money amount = Money.paise(document.get("amountMinor", Number.class).longValue());
		Document s = document.get("stipend", Document.class);
		StipendRule.Stipend stipend = (s == null) ? null : new StipendRule.Stipend(month, s.getInteger("workingDays"),
				s.getInteger("enrolledWorkingDays"), s.getInteger("daysPresent"), s.getBoolean("belowMinimum"),
				s.getList("parts", Document.class, List.of())
					.stream()
					.map((part) -> new StipendRule.RatePart(
							Money.paise(part.get("rateMinor", Number.class).longValue()), part.getInteger("days")))
					.toList(),
				amount);
		return new StipendLine(document.getString("_id"), document.getString("traineeId"),
				document.getString("batchId"), month, stipend, amount, document.getString("reason"),
				StipendLine.State.valueOf(document.getString("state")), document.getString("approvedBy"),
				document.getString("paymentReference"), document.getDate("at").toInstant());
	}

}
