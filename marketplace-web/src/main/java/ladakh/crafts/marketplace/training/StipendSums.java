package ladakh.crafts.marketplace.training;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Stipends paid over a run of months, summed in the database for the financial-year
 * reports (issue 18). A line counts once it is recorded PAID with its reference; the
 * register keeps no date of payment, so a line falls in the months of the stipend it
 * pays. The cells are a batch per month, so their centres and schemes are looked up once
 * per batch and centre, never per line.
 */
@Service
public class StipendSums {

	private final StipendLineRepository lines;

	private final BatchRepository batches;

	private final TrainingCentres centres;

	StipendSums(StipendLineRepository lines, BatchRepository batches, TrainingCentres centres) {
		this.lines = lines;
		this.batches = batches;
		this.centres = centres;
	}

	/** The paid stipends of the months {@code from} to {@code to}, both included. */
	public Flux<StipendCell> paidIn(YearMonth from, YearMonth to) {
		return this.lines.paidByMonthAndBatch(from, to).collectList().flatMapMany((groups) -> {
			List<String> batchIds = groups.stream().map(StipendLineRepository.PaidGroup::batchId).distinct().toList();
			return this.batches.centresOf(batchIds)
				.flatMap((centreOf) -> schemes(centreOf.values()).map((schemeOf) -> cells(groups, centreOf, schemeOf)))
				.flatMapMany(Flux::fromIterable);
		});
	}

	/** How many trainees were paid for any of the months {@code from} to {@code to}. */
	public Mono<Long> traineesPaidIn(YearMonth from, YearMonth to) {
		return this.lines.traineesPaid(from, to);
	}

	private Mono<Map<String, String>> schemes(java.util.Collection<String> centreIds) {
		return Flux.fromIterable(new java.util.TreeSet<>(centreIds))
			.concatMap((id) -> this.centres.find(id)
				.onErrorResume(CentreChangeRefusedException.class, (ex) -> Mono.empty()))
			.filter((centre) -> centre.scheme() != null)
			.collectMap(TrainingCentre::id, TrainingCentre::scheme);
	}

	private static List<StipendCell> cells(List<StipendLineRepository.PaidGroup> groups, Map<String, String> centreOf,
			Map<String, String> schemeOf) {
		return groups.stream().map((group) -> {
			String centre = centreOf.get(group.batchId());
			return new StipendCell(group.month(), centre, (centre != null) ? schemeOf.get(centre) : null,
					group.amount(), group.trainees(), group.lines());
		}).toList();
	}

}
