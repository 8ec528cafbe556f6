package ladakh.crafts.marketplace.training;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Page;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training area's demo data, once the generated centres exist: two batches per centre
 * (one finished, one running), within the centre's intake and as long as its course.
 * Fixed ids; a batch is only stored when absent, so a restart adds nothing and overwrites
 * nothing users changed.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class TrainingDemoData {

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(TrainingDemoData.class);

	private final TrainingCentres centres;

	private final BatchRepository batches;

	TrainingDemoData(TrainingCentres centres, BatchRepository batches) {
		this.centres = centres;
		this.batches = batches;
	}

	/** Runs after the application runners, so after the main demo data exists. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		centres().concatMap((centre) -> Flux.fromIterable(batchesOf(centre)).concatMap(this.batches::seed))
			.then()
			.block(TIMEOUT);
		logger.info("Training demo data: centre batches are in place");
	}

	/** Every centre, page by page. */
	private Flux<TrainingCentre> centres() {
		return this.centres.page(null)
			.expand((page) -> (page.next() != null) ? this.centres.page(page.next()) : Mono.empty())
			.concatMapIterable(Page::items);
	}

	static List<Batch> batchesOf(TrainingCentre centre) {
		String id = centre.id();
		String craft = centre.crafts().isEmpty() ? "crafts" : centre.crafts().get(0);
		List<Batch.Trainee> past = List.of(
				trainee(id, 1, "Tsering Angmo", TraineeStatus.COMPLETED, TraineeOutcome.REGISTERED_ARTISAN, "art-0001"),
				trainee(id, 2, "Stanzin Dolma", TraineeStatus.COMPLETED, TraineeOutcome.SHG_MEMBER, null),
				trainee(id, 3, "Padma Lhamo", TraineeStatus.COMPLETED, TraineeOutcome.SELLING, null),
				trainee(id, 4, "Rigzin Yangdol", TraineeStatus.COMPLETED, TraineeOutcome.NONE, null),
				trainee(id, 5, "Sonam Tsomo", TraineeStatus.DROPPED, TraineeOutcome.NONE, null));
		List<Batch.Trainee> current = List.of(
				trainee(id, 6, "Kunzang Chorol", TraineeStatus.ENROLLED, TraineeOutcome.NONE, null),
				trainee(id, 7, "Diskit Angmo", TraineeStatus.ENROLLED, TraineeOutcome.NONE, null),
				trainee(id, 8, "Yangchan Dolkar", TraineeStatus.DROPPED, TraineeOutcome.NONE, null));
		return List.of(batch(centre, 1, craft, LocalDate.of(2024, 4, 1), past),
				batch(centre, 2, craft, LocalDate.of(2026, 4, 1), current));
	}

	private static Batch batch(TrainingCentre centre, int n, String craft, LocalDate startsOn,
			List<Batch.Trainee> trainees) {
		int capacity = (centre.intakeCapacity() > 0) ? centre.intakeCapacity() : 20;
		return new Batch("batch-%s-%d".formatted(centre.id(), n), centre.id(), craft, startsOn,
				startsOn.plusYears(1).minusDays(1), capacity, trainees.subList(0, Math.min(trainees.size(), capacity)));
	}

	private static Batch.Trainee trainee(String centreId, int n, String name, TraineeStatus status,
			TraineeOutcome outcome, String artisanId) {
		return new Batch.Trainee("trn-%s-%d".formatted(centreId, n), name, status, outcome, artisanId);
	}

}
