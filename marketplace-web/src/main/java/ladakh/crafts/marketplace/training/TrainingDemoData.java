package ladakh.crafts.marketplace.training;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
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
 * The training area's demo data, once the generated centres exist: the department's
 * published schemes (decision 0058), and two batches per centre, one finished and one
 * running, as long as the centre's course and within its intake. Fixed ids; a scheme or a
 * batch is only stored when absent, so a restart adds nothing and overwrites nothing
 * users changed.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class TrainingDemoData {

	/** The running batches began on this day; the finished ones a course earlier. */
	static final LocalDate CURRENT_START = LocalDate.of(2026, 4, 1);

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private static final List<String> NAMES = List.of("Tsering Angmo", "Stanzin Dolma", "Padma Lhamo", "Rigzin Yangdol",
			"Sonam Tsomo", "Kunzang Chorol", "Diskit Angmo", "Yangchan Dolkar", "Tashi Namgyal", "Jigmet Wangmo",
			"Skalzang Lhamo", "Thinles Dolkar", "Nawang Tsering", "Dechen Palmo", "Fatima Bano", "Zainab Bano",
			"Mohammad Ali", "Hajira Khatoon", "Rinchen Spalzes", "Deldan Angmo", "Lobzang Dorjay", "Tsewang Norboo",
			"Kaneez Fatima", "Sakina Bano", "Chorol Dolma");

	private static final TraineeOutcome[] OUTCOMES = { TraineeOutcome.REGISTERED_ARTISAN, TraineeOutcome.SHG_MEMBER,
			TraineeOutcome.SELLING, TraineeOutcome.NONE };

	private static final Log logger = LogFactory.getLog(TrainingDemoData.class);

	private final TrainingCentres centres;

	private final BatchRepository batches;

	private final SchemeRepository schemes;

	TrainingDemoData(TrainingCentres centres, BatchRepository batches, SchemeRepository schemes) {
		this.centres = centres;
		this.batches = batches;
		this.schemes = schemes;
	}

	/** Runs after the application runners, so after the main demo data exists. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		seed(centres()).block(TIMEOUT);
		logger.info("Training demo data: the published schemes and the centres' batches are in place");
	}

	/** The schemes, then the given centres' batches, each only when absent. */
	Mono<Void> seed(Flux<TrainingCentre> centres) {
		return Flux.fromIterable(schemes())
			.concatMap(this.schemes::seed)
			.thenMany(centres)
			.concatMap((centre) -> Flux.fromIterable(batchesOf(centre)).concatMap(this.batches::seed))
			.then();
	}

	/** The schemes as the department publishes them, each with its one published rate. */
	static List<Scheme> schemes() {
		return java.util.Arrays.stream(ladakh.crafts.demo.Scheme.values())
			.map((published) -> new Scheme(published.name(),
					new LocalizedText(published.title().en(), published.title().hi()),
					Scheme.Department.valueOf(published.department().name()), published.centreKind(),
					published.courseMonths(), published.intakeMin(), published.intakeMax(),
					List.of(new Scheme.Rate(published.rateSince(), Money.rupees(published.monthlyStipendRupees()),
							"As published by the Assistant Director Handicraft, Leh")),
					published.subsidyPercent(), provisions(published.provided()), provisions(published.kit()), 0))
			.toList();
	}

	private static List<Scheme.Provision> provisions(List<String> codes) {
		return codes.stream().map(Scheme.Provision::valueOf).toList();
	}

	/** Every centre, page by page. */
	private Flux<TrainingCentre> centres() {
		return this.centres.page(null)
			.expand((page) -> (page.next() != null) ? this.centres.page(page.next()) : Mono.empty())
			.concatMapIterable(Page::items);
	}

	/**
	 * A finished batch nearly full (a few dropped out, the rest completed with what
	 * became of them) and a running one a seat or two short of the intake.
	 */
	static List<Batch> batchesOf(TrainingCentre centre) {
		int intake = (centre.intakeCapacity() > 0) ? centre.intakeCapacity() : 10;
		int months = (centre.courseMonths() > 0) ? centre.courseMonths() : 12;
		String craft = centre.crafts().isEmpty() ? "crafts" : centre.crafts().get(0);
		int seed = Math.floorMod(centre.id().hashCode(), 3);
		List<Batch.Trainee> past = new ArrayList<>();
		for (int n = 1; n <= intake - seed; n++) {
			boolean dropped = n % 6 == 5;
			TraineeOutcome outcome = dropped ? TraineeOutcome.NONE : OUTCOMES[(n - 1) % OUTCOMES.length];
			String artisan = ("tc-0001".equals(centre.id()) && n == 1) ? "art-0001" : null;
			past.add(trainee(centre.id(), n, dropped ? TraineeStatus.DROPPED : TraineeStatus.COMPLETED, outcome,
					artisan));
		}
		List<Batch.Trainee> current = new ArrayList<>();
		int running = Math.max(1, intake - 1 - seed % 2);
		for (int n = 1; n <= running; n++) {
			TraineeStatus status = (n == running && running > 2) ? TraineeStatus.DROPPED : TraineeStatus.ENROLLED;
			current.add(trainee(centre.id(), 100 + n, status, TraineeOutcome.NONE, null));
		}
		return List.of(batch(centre, 1, craft, CURRENT_START.minusMonths(months), months, intake, past),
				batch(centre, 2, craft, CURRENT_START, months, intake, current));
	}

	private static Batch batch(TrainingCentre centre, int n, String craft, LocalDate startsOn, int months, int intake,
			List<Batch.Trainee> trainees) {
		return new Batch("batch-%s-%d".formatted(centre.id(), n), centre.id(), craft, startsOn,
				startsOn.plusMonths(months).minusDays(1), intake, trainees);
	}

	private static Batch.Trainee trainee(String centreId, int n, TraineeStatus status, TraineeOutcome outcome,
			String artisanId) {
		String name = NAMES.get(Math.floorMod(centreId.hashCode() + n, NAMES.size()));
		return new Batch.Trainee("trn-%s-%d".formatted(centreId, n), name, status, outcome, artisanId);
	}

}
