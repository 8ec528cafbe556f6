package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * Stalls offered and taken at the exhibitions that started in a period (issue 18): the
 * exhibitions by their first day (an indexed read; a year holds a few dozen) and their
 * stalls counted by status in the database, never read one by one.
 */
@Service
public class ExhibitionTakeUp {

	/** More exhibitions than any year holds; the read stays bounded. */
	static final int MOST = 500;

	private final ExhibitionRepository exhibitions;

	private final StallAllocationRepository allocations;

	ExhibitionTakeUp(ExhibitionRepository exhibitions, StallAllocationRepository allocations) {
		this.exhibitions = exhibitions;
		this.allocations = allocations;
	}

	/** The exhibitions whose first day is in {@code from}..{@code to}, by first day. */
	public Flux<StallTakeUp> startingBetween(LocalDate from, LocalDate to) {
		return this.exhibitions.startingBetween(from, to, MOST)
			.collectList()
			.flatMapMany((read) -> this.allocations.statusCounts(read.stream().map(Exhibition::id).toList())
				.flatMapIterable((counts) -> takeUps(read, counts)));
	}

	private static List<StallTakeUp> takeUps(List<Exhibition> exhibitions,
			Map<String, Map<StallAllocation.Status, Long>> counts) {
		return exhibitions.stream().map((exhibition) -> {
			Map<StallAllocation.Status, Long> byStatus = counts.getOrDefault(exhibition.id(), Map.of());
			long offered = byStatus.values().stream().mapToLong(Long::longValue).sum();
			return new StallTakeUp(exhibition.id(), exhibition.name(), exhibition.district(), exhibition.startsOn(),
					exhibition.plan().stalls().size(), offered,
					byStatus.getOrDefault(StallAllocation.Status.CONFIRMED, 0L));
		}).toList();
	}

}
