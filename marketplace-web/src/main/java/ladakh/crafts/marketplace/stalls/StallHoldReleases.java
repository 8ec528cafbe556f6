package ladakh.crafts.marketplace.stalls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.StallHoldings;
import ladakh.crafts.marketplace.shared.IndiaTime;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The clean-up decision 0056 left for later: a stall sale's key stays on its listing's
 * {@code stallHolds} (so a resend never takes the pieces twice), one key per piece sold.
 * Once an exhibition's sales have closed ({@link StallSales#LATE_DAYS} after its last
 * day) and a day more has passed, no new sale is counted there and every counted sale's
 * resend is answered from its stored record without touching stock, so the keys of its
 * counted sales are pulled from the listings, and the exhibition is recorded as done.
 * Keys of sales never counted stay: a resend of one may still take its pieces.
 */
@Service
public class StallHoldReleases {

	/** The latest closed exhibitions one sweep looks at. */
	static final int RECENT = 20;

	/** Sales read per page. */
	static final int PAGE = 500;

	private final StallSaleRepository sales;

	private final StallHoldings holdings;

	private final StallStock stock;

	private final Clock clock;

	StallHoldReleases(StallSaleRepository sales, StallHoldings holdings, StallStock stock, Clock clock) {
		this.sales = sales;
		this.holdings = holdings;
		this.stock = stock;
		this.clock = clock;
	}

	/**
	 * Releases the keys of the recently closed exhibitions not done yet.
	 * @return how many exhibitions this sweep released
	 */
	public Mono<Long> sweep() {
		LocalDate closed = IndiaTime.dayOf(this.clock.instant()).minusDays(StallSales.LATE_DAYS + 1);
		return this.holdings.endedBefore(closed, RECENT)
			.map(Exhibition::id)
			.filterWhen((id) -> this.sales.released(id).map((done) -> !done))
			.concatMap((id) -> release(id, null).then(this.sales.markReleased(id, this.clock.instant())).thenReturn(id))
			.count();
	}

	private Mono<Void> release(String exhibitionId, String after) {
		return this.sales.countedAt(exhibitionId, after, PAGE).collectList().flatMap((page) -> {
			if (page.isEmpty()) {
				return Mono.empty();
			}
			Map<String, List<String>> byListing = page.stream()
				.collect(Collectors.groupingBy(StallSale::listingId,
						Collectors.mapping(StallSales::key, Collectors.toList())));
			return Flux.fromIterable(byListing.entrySet())
				.concatMap((listing) -> this.stock.releaseHolds(listing.getKey(), listing.getValue()))
				.then(Mono.defer(() -> (page.size() < PAGE) ? Mono.<Void>empty()
						: release(exhibitionId, page.get(page.size() - 1).id())));
		});
	}

}
