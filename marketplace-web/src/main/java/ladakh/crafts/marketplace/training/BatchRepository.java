package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * A centre's course batches, {@code centre_batches}, one document per batch with its
 * trainees inside. Every change is one conditional update on the batch document.
 */
@Repository
class BatchRepository {

	static final String COLLECTION = "centre_batches";

	private final ReactiveMongoTemplate mongo;

	BatchRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A centre's batches by start (decision 0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("centreId", Sort.Direction.ASC)
				.on("startsOn", Sort.Direction.DESC)
				.named("centreId_startsOn"))
			.then();
	}

	/** A centre's batches, latest start first: a centre runs a few a year. */
	Mono<List<Batch>> ofCentre(String centreId) {
		return eachOfCentre(centreId).collectList();
	}

	/**
	 * A centre's batches, latest start first, as the cursor reads them (index
	 * {@code centreId_startsOn}).
	 */
	Flux<Batch> eachOfCentre(String centreId) {
		return this.mongo
			.find(Query.query(Criteria.where("centreId").is(centreId)).with(Sort.by(Sort.Direction.DESC, "startsOn")),
					Document.class, COLLECTION)
			.map(BatchRepository::toBatch);
	}

	/**
	 * Up to {@code limit} batches of every centre by id, after {@code afterId} (or from
	 * the first): the {@code _id} index walked in order, a page at a time.
	 */
	Flux<Batch> byId(String afterId, int limit) {
		Query page = Query.query(Criteria.where("_id").gt((afterId != null) ? afterId : ""))
			.with(Sort.by("_id"))
			.limit(limit);
		return this.mongo.find(page, Document.class, COLLECTION).map(BatchRepository::toBatch);
	}

	/** The centres of these batches, batch id to centre id: one read by {@code _id}. */
	Mono<Map<String, String>> centresOf(Collection<String> batchIds) {
		Query query = Query.query(Criteria.where("_id").in(batchIds));
		query.fields().include("centreId");
		return this.mongo.find(query, Document.class, COLLECTION)
			.collectMap((batch) -> batch.getString("_id"), (batch) -> batch.getString("centreId"));
	}

	Mono<Void> insert(String id, String centreId, String craft, LocalDate startsOn, LocalDate endsOn, int capacity) {
		Document batch = new Document("_id", id).append("centreId", centreId)
			.append("craft", craft)
			.append("startsOn", startsOn.toString())
			.append("endsOn", endsOn.toString())
			.append("capacity", capacity)
			.append("seatsLeft", capacity)
			.append("trainees", List.of());
		return this.mongo.insert(batch, COLLECTION).then();
	}

	/**
	 * Stores a batch as given, trainees included, only when no batch has its id: the demo
	 * data's batches, seeded at every start without overwriting what users changed.
	 */
	Mono<Void> seed(Batch batch) {
		List<Document> trainees = batch.trainees()
			.stream()
			.map((trainee) -> new Document("traineeId", trainee.traineeId()).append("name", trainee.name())
				.append("status", trainee.status().name())
				.append("outcome", trainee.outcome().name())
				.append("artisanId", trainee.artisanId()))
			.toList();
		Document fields = new Document("centreId", batch.centreId()).append("craft", batch.craft())
			.append("startsOn", batch.startsOn().toString())
			.append("endsOn", batch.endsOn().toString())
			.append("capacity", batch.capacity())
			.append("seatsLeft", batch.seatsLeft())
			.append("trainees", trainees);
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(batch.id())),
					Update.fromDocument(new Document("$setOnInsert", fields)), COLLECTION)
			.then();
	}

	Mono<Boolean> exists(String centreId, String batchId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId)),
				COLLECTION);
	}

	/**
	 * Appends an ENROLLED trainee while the batch has a seat left.
	 * @return false when it had none (or no such batch)
	 */
	Mono<Boolean> enrol(String centreId, String batchId, String traineeId, String name) {
		Document trainee = new Document("traineeId", traineeId).append("name", name)
			.append("status", TraineeStatus.ENROLLED.name())
			.append("outcome", TraineeOutcome.NONE.name())
			.append("artisanId", null);
		Query open = Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId).and("seatsLeft").gt(0));
		return this.mongo.updateFirst(open, new Update().inc("seatsLeft", -1).push("trainees", trainee), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Updates one trainee, only while they are in the expected state. Trainees are only
	 * ever appended to a batch, so a trainee's array index is stable: the update names
	 * the index and re-checks both the id and the state at that index, atomically.
	 * @return empty when there is no such batch or trainee; false when the trainee was
	 * not in {@code from}
	 */
	Mono<Boolean> updateTrainee(String centreId, String batchId, String traineeId, TraineeStatus from,
			Map<String, Object> changes) {
		Query batchQuery = Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId));
		return this.mongo.findOne(batchQuery, Document.class, COLLECTION).flatMap((batch) -> {
			List<Document> trainees = documents(batch.get("trainees"));
			int index = -1;
			for (int i = 0; i < trainees.size(); i++) {
				if (traineeId.equals(trainees.get(i).getString("traineeId"))) {
					index = i;
				}
			}
			if (index < 0) {
				return Mono.empty();
			}
			String at = "trainees." + index + ".";
			Query guarded = Query.query(Criteria.where("_id")
				.is(batchId)
				.and(at + "traineeId")
				.is(traineeId)
				.and(at + "status")
				.is(from.name()));
			Update update = new Update();
			changes.forEach((field, value) -> update.set(at + field, value));
			return this.mongo.updateFirst(guarded, update, COLLECTION).map((result) -> result.getModifiedCount() == 1);
		});
	}

	private static Batch toBatch(Document batch) {
		List<Batch.Trainee> trainees = documents(batch.get("trainees")).stream()
			.map((trainee) -> new Batch.Trainee(trainee.getString("traineeId"), trainee.getString("name"),
					TraineeStatus.valueOf(trainee.getString("status")),
					TraineeOutcome.valueOf((trainee.getString("outcome") != null) ? trainee.getString("outcome")
							: TraineeOutcome.NONE.name()),
					trainee.getString("artisanId")))
			.toList();
		return new Batch(batch.getString("_id"), batch.getString("centreId"), batch.getString("craft"),
				date(batch.getString("startsOn")), date(batch.getString("endsOn")),
				(batch.get("capacity") instanceof Number n) ? n.intValue() : 0, trainees);
	}

	private static List<Document> documents(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
		}
		return List.of();
	}

	private static LocalDate date(String iso) {
		try {
			return (iso != null) ? LocalDate.parse(iso) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
