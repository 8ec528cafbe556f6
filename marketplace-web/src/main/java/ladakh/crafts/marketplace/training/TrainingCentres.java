package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.CentreDetails;
import ladakh.crafts.marketplace.sellers.CentreSellers;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.training.CentreChangeRefusedException.Reason;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Training centres, their batches ({@link BatchRepository}) and trainees. Every change is
 * one conditional update on the batch document: enrolment only while seats are left, a
 * status change only from ENROLLED, an outcome only for a trainee who completed.
 */
@Service
public class TrainingCentres {

	private final CentreSellers sellers;

	private final BatchRepository batches;

	private final AuditTrail audit;

	TrainingCentres(CentreSellers sellers, BatchRepository batches, AuditTrail audit) {
		this.sellers = sellers;
		this.batches = batches;
		this.audit = audit;
	}

	/** A page of the centres, by id, after {@code after}'s id (decision 0046). */
	public Mono<Page<TrainingCentre>> page(After after) {
		return this.sellers.byId((after != null) ? after.id() : null, Page.SIZE + 1)
			.map(TrainingCentres::toCentre)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (centre) -> After.of(centre.id(), centre.id())));
	}

	/** The centre, or an error with reason NOT_FOUND. */
	public Mono<TrainingCentre> find(String id) {
		return this.sellers.find(id)
			.map(TrainingCentres::toCentre)
			.switchIfEmpty(Mono.error(() -> new CentreChangeRefusedException(Reason.NOT_FOUND)));
	}

	public Mono<List<Batch>> batches(String centreId) {
		return this.batches.ofCentre(centreId);
	}

	public Mono<String> addBatch(String centreId, String craft, LocalDate startsOn, LocalDate endsOn,
			MarketplaceUser by) {
		return find(centreId).flatMap((centre) -> {
			String id = "batch-" + UUID.randomUUID().toString().substring(0, 8);
			return this.batches.insert(id, centreId, craft, startsOn, endsOn, centre.intakeCapacity())
				.then(audit(by, "CENTRE_BATCH_ADDED", centreId, Map.of("batchId", id, "craft", craft)))
				.thenReturn(id);
		});
	}

	/** Enrols a trainee while the batch has seats; refuses with BATCH_FULL otherwise. */
	public Mono<String> enrol(String centreId, String batchId, String name, MarketplaceUser by) {
		String traineeId = "trn-" + UUID.randomUUID().toString().substring(0, 8);
		return this.batches.enrol(centreId, batchId, traineeId, name)
			.flatMap(
					(enrolled) -> enrolled
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
		return this.batches.updateTrainee(centreId, batchId, traineeId, from, changes)
			.switchIfEmpty(Mono.error(() -> new CentreChangeRefusedException(Reason.NOT_FOUND)))
			.flatMap((updated) -> updated ? Mono.<Void>empty()
					: Mono.error(new CentreChangeRefusedException(Reason.WRONG_TRAINEE_STATE)));
	}

	private Mono<Void> mayChange(String centreId, MarketplaceUser by) {
		return find(centreId).flatMap((centre) -> {
			boolean manager = by.managesDepartment();
			if (manager || (by.has(Role.INSTRUCTOR) && centre.instructedBy(by.id()))) {
				return Mono.empty();
			}
			return Mono.error(new CentreChangeRefusedException(Reason.NOT_THIS_CENTRES_INSTRUCTOR));
		});
	}

	/** A missing batch is NOT_FOUND; otherwise the given reason. */
	private <T> Mono<T> refusal(String centreId, String batchId, Reason reason) {
		return this.batches.exists(centreId, batchId)
			.flatMap((exists) -> Mono.error(new CentreChangeRefusedException(exists ? reason : Reason.NOT_FOUND)));
	}

	private Mono<Void> audit(MarketplaceUser by, String action, String centreId, Map<String, Object> details) {
		return this.audit.record(by, action, "TRAINING_CENTRE", centreId, null, details).then();
	}

	private static TrainingCentre toCentre(Seller seller) {
		CentreDetails centre = (seller.centre() != null) ? seller.centre()
				: new CentreDetails(null, 0, 0, null, List.of());
		List<TrainingCentre.Instructor> instructors = centre.instructors()
			.stream()
			.map((instructor) -> new TrainingCentre.Instructor(instructor.userId(), instructor.name()))
			.toList();
		return new TrainingCentre(seller.id(), seller.name(), seller.place().district(), seller.place().block(),
				seller.place().village(), centre.scheme(), seller.crafts(), centre.intakeCapacity(),
				centre.courseMonths(), centre.monthlyStipend(), instructors);
	}

}
