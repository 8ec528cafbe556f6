package ladakh.crafts.marketplace.exhibitions;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.IndiaTime;

import org.springframework.stereotype.Service;

/**
 * Which stalls a seller holds: what the stall's point of sale asks before a seller moves
 * stock to a stall or sells there (docs/decisions/0056). Read from the draw's
 * {@code stall_allocations}, never from anything the seller sends.
 */
@Service
public class StallHoldings {

	/** The most exhibitions a seller's stall list shows. */
	static final int MAX_SHOWN = 50;

	private final StallAllocationRepository allocations;

	private final ExhibitionRepository exhibitions;

	private final Clock clock;

	StallHoldings(StallAllocationRepository allocations, ExhibitionRepository exhibitions, Clock clock) {
		this.allocations = allocations;
		this.exhibitions = exhibitions;
		this.clock = clock;
	}

	/** The seller's stall(s) at the exhibition; empty when they hold none there. */
	public Mono<Held> held(String sellerId, String exhibitionId) {
		return this.allocations.allocationsOfSellerAt(sellerId, exhibitionId)
			.filter((stall) -> stall.status().held())
			.sort(Comparator.comparing(StallAllocation::stallNumber))
			.collectList()
			.filter((stalls) -> !stalls.isEmpty())
			.flatMap((stalls) -> this.exhibitions.find(exhibitionId)
				.map((exhibition) -> new Held(exhibition, stalls.stream().map(StallAllocation::stallNumber).toList(),
						exhibition.phaseOn(today()),
						stalls.stream().anyMatch((stall) -> stall.status() == StallAllocation.Status.CONFIRMED))));
	}

	/** The seller's stalls, latest exhibition first. */
	public Flux<Held> ofSeller(String sellerId) {
		return this.allocations.ofSellers(List.of(sellerId))
			.map(StallAllocationRepository.PastStall::exhibitionId)
			.distinct()
			.take(MAX_SHOWN)
			.concatMap((exhibitionId) -> held(sellerId, exhibitionId))
			.sort(Comparator.comparing((Held held) -> held.exhibition().startsOn()).reversed());
	}

	/** An exhibition by id, whoever holds its stalls; empty when there is none. */
	public Mono<Exhibition> exhibition(String exhibitionId) {
		return this.exhibitions.find(exhibitionId);
	}

	/**
	 * Exhibitions that ended before a day, the latest first, at most {@code limit}: the
	 * stalls' clean-up after sales have closed.
	 */
	public Flux<Exhibition> endedBefore(java.time.LocalDate day, int limit) {
		return this.exhibitions.endedBefore(day, null, limit);
	}

	private java.time.LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	/**
	 * @param exhibition the exhibition
	 * @param stallNumbers the seller's stalls there
	 * @param phase upcoming, current or past, today
	 * @param confirmed whether a stall's fee is paid: only then may the seller move
	 * pieces there and sell (an offer may still expire and go to someone else)
	 */
	public record Held(Exhibition exhibition, List<String> stallNumbers, Exhibition.Phase phase, boolean confirmed) {

		public Held {
			stallNumbers = List.copyOf(stallNumbers);
		}

	}

}
