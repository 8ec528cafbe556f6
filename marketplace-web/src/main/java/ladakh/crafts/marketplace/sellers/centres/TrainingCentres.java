package ladakh.crafts.marketplace.sellers.centres;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.StaffAction;
import ladakh.crafts.marketplace.sellers.StaffActionAudit;
import ladakh.crafts.marketplace.sellers.centres.CentreChangeRefusedException.Reason;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Training centres, their batches ({@code centre_batches}) and trainees. Every change is
 * one conditional update on the batch document: enrolment only while seats are left, a
 * status change only from ENROLLED, an outcome only for a trainee who completed.
 */
@Service
public class TrainingCentres {

	static final String BATCHES = "centre_batches";

	private final ReactiveMongoTemplate mongo;

	private final StaffActionAudit audit;

	TrainingCentres(ReactiveMongoTemplate mongo, StaffActionAudit audit) {
		this.mongo = mongo;
		this.audit = audit;
	}

	public Mono<List<TrainingCentre>> all() {
		return this.mongo
			.find(Query.query(Criteria.where("type").is("TRAINING_CENTRE")).with(Sort.by("_id")), Document.class,
					"sellers")
			.map(TrainingCentres::toCentre)
			.collectList();
	}

	/** The centre, or an error with reason NOT_FOUND. */
	public Mono<TrainingCentre> find(String id) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(id).and("type").is("TRAINING_CENTRE")), Document.class,
					"sellers")
			.map(TrainingCentres::toCentre)
			.switchIfEmpty(Mono.error(() -> new CentreChangeRefusedException(Reason.NOT_FOUND)));
	}

	public Mono<List<Batch>> batches(String centreId) {
		return this.mongo
			.find(Query.query(Criteria.where("centreId").is(centreId)).with(Sort.by(Sort.Direction.DESC, "startsOn")),
					Document.class, BATCHES)
			.map(TrainingCentres::toBatch)
			.collectList();
	}

	public Mono<String> addBatch(String centreId, String craft, LocalDate startsOn, LocalDate endsOn,
			MarketplaceUser by) {
		return find(centreId).flatMap((centre) -> {
			String id = "batch-" + UUID.randomUUID().toString().substring(0, 8);
			Document batch = new Document("_id", id).append("centreId", centreId)
				.append("craft", craft)
				.append("startsOn", startsOn.toString())
				.append("endsOn", endsOn.toString())
				.append("capacity", centre.intakeCapacity())
				.append("seatsLeft", centre.intakeCapacity())
				.append("trainees", List.of());
			return this.mongo.insert(batch, BATCHES)
				.then(audit(by, "CENTRE_BATCH_ADDED", centreId, Map.of("batchId", id, "craft", craft)))
				.thenReturn(id);
		});
	}

	/** Enrols a trainee while the batch has seats; refuses with BATCH_FULL otherwise. */
	public Mono<String> enrol(String centreId, String batchId, String name, MarketplaceUser by) {
		String traineeId = "trn-" + UUID.randomUUID().toString().substring(0, 8);
		Document trainee = new Document("traineeId", traineeId).append("name", name)
			.append("status", TraineeStatus.ENROLLED.name())
			.append("outcome", TraineeOutcome.NONE.name())
			.append("artisanId", null);
		Query open = Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId).and("seatsLeft").gt(0));
		return this.mongo.updateFirst(open, new Update().inc("seatsLeft", -1).push("trainees", trainee), BATCHES)
			.flatMap(
					(result) -> (result.getModifiedCount() == 1)
							? audit(by, "CENTRE_TRAINEE_ENROLLED", centreId,
									Map.of("batchId", batchId, "traineeId", traineeId))
								.thenReturn(traineeId)
							: refusal(centreId, batchId, Reason.BATCH_FULL));
	}

	/**
	 * ENROLLED → COMPLETED or DROPPED. An instructor may do this only at their centre.
	 */
	public Mono<Void> changeStatus(String centreId, String batchId, String traineeId, TraineeStatus status,
			MarketplaceUser by) {
		if (status == TraineeStatus.ENROLLED) {
			return Mono.error(new CentreChangeRefusedException(Reason.WRONG_TRAINEE_STATE));
		}
		return mayChange(centreId, by)
			.then(updateTrainee(centreId, batchId, traineeId, TraineeStatus.ENROLLED, Map.of("status", status.name())))
			.then(audit(by, "CENTRE_TRAINEE_" + status.name(), centreId,
					Map.of("batchId", batchId, "traineeId", traineeId)));
	}

	/** Records what became of a trainee who completed the course. */
	public Mono<Void> recordOutcome(String centreId, String batchId, String traineeId, TraineeOutcome outcome,
			String artisanId, MarketplaceUser by) {
		Map<String, Object> changes = new HashMap<>();
		changes.put("outcome", outcome.name());
		changes.put("artisanId", (artisanId != null && !artisanId.isBlank()) ? artisanId.strip() : null);
		return updateTrainee(centreId, batchId, traineeId, TraineeStatus.COMPLETED, changes)
			.then(audit(by, "CENTRE_TRAINEE_OUTCOME", centreId,
					Map.of("batchId", batchId, "traineeId", traineeId, "outcome", outcome.name())));
	}

	/**
	 * Updates one trainee, only while they are in the expected state. Trainees are only
	 * ever appended to a batch, so a trainee's array index is stable: the update names
	 * the index and re-checks both the id and the state at that index, atomically.
	 */
	private Mono<Void> updateTrainee(String centreId, String batchId, String traineeId, TraineeStatus from,
			Map<String, Object> changes) {
		Query batchQuery = Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId));
		return this.mongo.findOne(batchQuery, Document.class, BATCHES)
			.switchIfEmpty(Mono.error(() -> new CentreChangeRefusedException(Reason.NOT_FOUND)))
			.flatMap((batch) -> {
				List<Document> trainees = documents(batch.get("trainees"));
				int index = -1;
				for (int i = 0; i < trainees.size(); i++) {
					if (traineeId.equals(trainees.get(i).getString("traineeId"))) {
						index = i;
					}
				}
				if (index < 0) {
					return Mono.error(new CentreChangeRefusedException(Reason.NOT_FOUND));
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
				return this.mongo.updateFirst(guarded, update, BATCHES)
					.flatMap((result) -> (result.getModifiedCount() == 1) ? Mono.<Void>empty()
							: Mono.error(new CentreChangeRefusedException(Reason.WRONG_TRAINEE_STATE)));
			});
	}

	private Mono<Void> mayChange(String centreId, MarketplaceUser by) {
		return find(centreId).flatMap((centre) -> {
			boolean manager = by.has(Role.OFFICER) || by.has(Role.ADMIN);
			if (manager || (by.has(Role.INSTRUCTOR) && centre.instructedBy(by.id()))) {
				return Mono.empty();
			}
			return Mono.error(new CentreChangeRefusedException(Reason.NOT_THIS_CENTRES_INSTRUCTOR));
		});
	}

	/** A missing batch is NOT_FOUND; otherwise the given reason. */
	private <T> Mono<T> refusal(String centreId, String batchId, Reason reason) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(batchId).and("centreId").is(centreId)), BATCHES)
			.flatMap((exists) -> Mono.error(new CentreChangeRefusedException(exists ? reason : Reason.NOT_FOUND)));
	}

	private Mono<Void> audit(MarketplaceUser by, String action, String centreId, Map<String, Object> details) {
		return this.audit.record(new StaffAction(by, action, "TRAINING_CENTRE", centreId, null, details));
	}

	private static TrainingCentre toCentre(Document seller) {
		Document centre = sub(seller, "centre");
		List<TrainingCentre.Instructor> instructors = documents(centre.get("instructors")).stream()
			.map((instructor) -> new TrainingCentre.Instructor(instructor.getString("userId"),
					instructor.getString("name")))
			.toList();
		return new TrainingCentre(seller.getString("_id"), seller.getString("name"), seller.getString("district"),
				seller.getString("block"), seller.getString("village"), centre.getString("scheme"),
				strings(seller.get("crafts")), number(centre.get("intakeCapacity")).intValue(),
				number(centre.get("courseMonths")).intValue(), number(centre.get("monthlyStipendMinor")).longValue(),
				instructors);
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
				number(batch.get("capacity")).intValue(), trainees);
	}

	private static Document sub(Document document, String field) {
		return (document.get(field) instanceof Document sub) ? sub : new Document();
	}

	private static List<Document> documents(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
		}
		return List.of();
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

	private static Number number(Object stored) {
		return (stored instanceof Number number) ? number : 0;
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
