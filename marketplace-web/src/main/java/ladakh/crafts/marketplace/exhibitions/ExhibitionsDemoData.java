package ladakh.crafts.marketplace.exhibitions;

import java.time.Duration;

import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.marketplace.shared.Refusal;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's exhibitions ({@link DemoExhibitions}) their call, stall plan and
 * applications (storing the two the generated demo lacks), and runs the four draws held
 * before today with the policy and their published seeds, through the same repositories
 * and draw as an officer's: the allocations and the public record at
 * {@code /exhibitions/{id}/draw} are what the draw made. Idempotent and quick on every
 * start: an exhibition an officer has changed keeps its facts and plan, an application is
 * inserted by a fixed id only when absent, and a draw is replayed only when the
 * exhibition has no draw record.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class ExhibitionsDemoData {

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(ExhibitionsDemoData.class);

	private final ExhibitionRepository exhibitions;

	private final StallApplicationRepository applications;

	private final AllocationRecordRepository records;

	private final StallDraws draws;

	private final StallAllocationRepository allocations;

	private final DemoDataGenerator generator;

	ExhibitionsDemoData(ExhibitionRepository exhibitions, StallApplicationRepository applications,
			AllocationRecordRepository records, StallDraws draws, StallAllocationRepository allocations,
			DemoDataGenerator generator) {
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.applications = applications;
		this.records = records;
		this.draws = draws;
		this.generator = generator;
	}

	/** After the application runners: the generated exhibitions exist by then. */
	@EventListener(ApplicationReadyEvent.class)
	// Before the deputations' and stall sales' demo data, which build on its draws.
	@Order(Ordered.LOWEST_PRECEDENCE - 2)
	void load() {
		load(false).block(TIMEOUT);
	}

	/**
	 * Fills in what is missing.
	 * @param force whether to look even when every draw is recorded (tests)
	 * @return how many exhibitions were given a plan, applications inserted, draws run
	 */
	Mono<Loaded> load(boolean force) {
		return Flux.fromIterable(DemoExhibitions.drawn())
			.concatMap(this.records::find)
			.count()
			// The draws and Dosmoche's applications come together: with every draw
			// recorded there is nothing to do, and nothing is generated.
			.flatMap((recorded) -> (recorded >= DemoExhibitions.drawn().size() && !force)
					? Mono.just(new Loaded(0, 0, 0))
					: Mono.fromCallable(this.generator::generate)
						.flatMapMany((data) -> Flux.fromIterable(DemoExhibitions.all(data)))
						.concatMap(this::load)
						.reduce(new Loaded(0, 0, 0), Loaded::plus))
			.doOnNext((loaded) -> {
				if (!loaded.isEmpty()) {
					logger.info("Exhibitions demo data: %d plans, %d applications, %d draws".formatted(loaded.plans(),
							loaded.applications(), loaded.draws()));
				}
			});
	}

	private Mono<Loaded> load(DemoExhibitions.Plan plan) {
		return this.exhibitions.find(plan.id())
			.switchIfEmpty(added(plan))
			.flatMap((exhibition) -> planned(exhibition, plan)
				.flatMap((planned) -> insertApplications(plan).flatMap((inserted) -> draw(planned.exhibition(), plan)
					.map((drawn) -> new Loaded(planned.changed() ? 1 : 0, inserted, drawn ? 1 : 0)))))
			.defaultIfEmpty(new Loaded(0, 0, 0));
	}

	/**
	 * An exhibition the generated demo does not have, stored as an officer announced it.
	 */
	private Mono<Exhibition> added(DemoExhibitions.Plan plan) {
		if (plan.added() == null) {
			return Mono.empty();
		}
		return this.exhibitions.insert(plan.added())
			// Another instance starting at the same time came first.
			.onErrorResume(Refusal.class, (ex) -> this.exhibitions.find(plan.id()));
	}

	/**
	 * The demo's call and plan, on an exhibition nobody has changed since it was loaded.
	 */
	private Mono<Planned> planned(Exhibition loaded, DemoExhibitions.Plan plan) {
		if (!loaded.plan().isEmpty() || loaded.call() != null || loaded.version() != 0) {
			return Mono.just(new Planned(loaded, false));
		}
		Exhibition called = new Exhibition(loaded.id(), loaded.name(), plan.venue(), loaded.place(), loaded.district(),
				loaded.startsOn(), loaded.endsOn(), loaded.description(), StallPlan.EMPTY, plan.call(), 1);
		Exhibition planned = new Exhibition(loaded.id(), loaded.name(), plan.venue(), loaded.place(), loaded.district(),
				loaded.startsOn(), loaded.endsOn(), loaded.description(), plan.plan(), plan.call(), 2);
		return this.exhibitions.saveFacts(loaded, called)
			.flatMap((saved) -> this.exhibitions.savePlan(saved, planned))
			.map((saved) -> new Planned(saved, true))
			// Another instance starting at the same time came first.
			.switchIfEmpty(this.exhibitions.find(plan.id()).map((found) -> new Planned(found, false)));
	}

	private Mono<Integer> insertApplications(DemoExhibitions.Plan plan) {
		return Flux.fromIterable(plan.applications())
			.concatMap((application) -> this.applications.find(application.id())
				.map((found) -> 0)
				.switchIfEmpty(this.applications.insert(application)
					.thenReturn(1)
					// The seller has applied by other means: theirs stands.
					.onErrorResume(Refusal.class, (ex) -> Mono.just(0))))
			.reduce(0, Integer::sum);
	}

	private Mono<Boolean> draw(Exhibition exhibition, DemoExhibitions.Plan plan) {
		if (!plan.drawn() || exhibition.plan().isEmpty()) {
			return Mono.just(false);
		}
		return this.records.find(plan.id())
			.map((record) -> false)
			.switchIfEmpty(this.draws
				.drawOn(exhibition, DrawSeed.of(plan.publicValue()), plan.drawnOn(), DemoExhibitions.OFFICER,
						plan.drawnAt())
				.then(paid(exhibition.id(), plan.drawnOn().plusDays(2)))
				.thenReturn(true)
				.onErrorResume(Refusal.class, (ex) -> Mono.just(false)));
	}

	/**
	 * Every stall of a past demo draw paid on the day given, as the accounts office
	 * recorded it then (else the fee sweep would find them unpaid and take them back).
	 */
	private Mono<Void> paid(String exhibitionId, java.time.LocalDate paidOn) {
		return this.allocations.allOf(exhibitionId)
			.filter((stall) -> stall.status() == StallAllocation.Status.OFFERED)
			.concatMap((stall) -> this.allocations.save(stall,
					stall.confirm(new StallAllocation.FeePayment("DEMO-" + stall.stallNumber(), "OFFLINE", paidOn,
							DemoExhibitions.ACCOUNTS), stall.sellerId(), paidOn),
					false))
			.then();
	}

	private record Planned(Exhibition exhibition, boolean changed) {

	}

	/** What one load added. */
	record Loaded(int plans, int applications, int draws) {

		Loaded plus(Loaded other) {
			return new Loaded(this.plans + other.plans, this.applications + other.applications,
					this.draws + other.draws);
		}

		boolean isEmpty() {
			return this.plans == 0 && this.applications == 0 && this.draws == 0;
		}

	}

}
