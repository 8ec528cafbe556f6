package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.Batch;
import ladakh.crafts.marketplace.training.CentreChangeRefusedException;
import ladakh.crafts.marketplace.training.ExTrainees;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.training.TrainingCentres;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The funnel from training to earning (issue 18): one {@link FunnelRow} per batch, and
 * the ex-trainees a centre may reach out to ({@link QuietExTrainee}). Streams the batches
 * a page of {@value #BATCHES_AT_ONCE} at a time and reads, per page, what the sellers,
 * catalog and treasury areas know of the sellers its trainees became, so no collection is
 * ever held in memory: a page's batches and its sellers' milestones at most.
 */
@Service
@EnableConfigurationProperties(FunnelProperties.class)
public class Funnel {

	/** Batches whose sellers are read together. */
	static final int BATCHES_AT_ONCE = 100;

	private final ExTrainees trainees;

	private final TrainingCentres centres;

	private final SellerProgressReader progress;

	private final FunnelProperties properties;

	Funnel(ExTrainees trainees, TrainingCentres centres, SellerProgressReader progress, FunnelProperties properties) {
		this.trainees = trainees;
		this.centres = centres;
		this.progress = progress;
		this.properties = properties;
	}

	/** What counts as earning: the net of a seller's last 12 months at least this. */
	public Money earningPerYear() {
		return this.properties.earningPerYear();
	}

	/**
	 * Every batch's funnel as of {@code today} (India time), in batch id order, read a
	 * page at a time as the rows are consumed. Batches not yet over count their enrolment
	 * (and whoever is already marked completed) in the year they will end.
	 */
	public Flux<FunnelRow> rows(LocalDate today) {
		TwelveMonths window = new TwelveMonths(today);
		Money earning = this.properties.earningPerYear();
		return Flux.defer(() -> {
			Map<String, Mono<TrainingCentre>> centresRead = new ConcurrentHashMap<>();
			return this.trainees.everyBatch()
				.buffer(BATCHES_AT_ONCE)
				.concatMap((page) -> this.progress.of(FunnelSteps.sellerIds(page), window, true)
					.flatMapMany((sellers) -> Flux.fromIterable(page)
						.concatMap((batch) -> centre(centresRead, batch.centreId())
							.map((centre) -> FunnelSteps.row(batch, centre, sellers, earning)))));
		});
	}

	/**
	 * The centre's ex-trainees who completed and have not sold for 12 months up to
	 * {@code today} (never sold, or last sold before the same day a year before): by
	 * batch, latest start first, then in enrolment order.
	 */
	public Flux<QuietExTrainee> quiet(String centreId, LocalDate today) {
		TwelveMonths window = new TwelveMonths(today);
		return this.trainees.ofCentre(centreId)
			.buffer(BATCHES_AT_ONCE)
			.concatMap((page) -> this.progress.of(FunnelSteps.sellerIds(page), window, false)
				.flatMapIterable((sellers) -> quietOf(page, sellers, window)));
	}

	private static List<QuietExTrainee> quietOf(List<Batch> page, Map<String, SellerProgress> sellers,
			TwelveMonths window) {
		return page.stream().flatMap((batch) -> FunnelSteps.quiet(batch, sellers, window).stream()).toList();
	}

	/** The centre, read once per call; one the records do not know is named by its id. */
	private Mono<TrainingCentre> centre(Map<String, Mono<TrainingCentre>> read, String centreId) {
		return read.computeIfAbsent(centreId, (id) -> this.centres.find(id)
			.onErrorResume(CentreChangeRefusedException.class,
					(ex) -> Mono.just(
							new TrainingCentre(id, id, null, null, null, null, List.of(), 0, 0, Money.ZERO, List.of())))
			.cache());
	}

}
