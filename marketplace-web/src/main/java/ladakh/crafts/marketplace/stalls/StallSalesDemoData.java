package ladakh.crafts.marketplace.stalls;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.StallPieces;
import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's sales at the stalls of the 2026 Sindhu Darshan and Ladakh Festival: a few
 * holders each sold a few pieces, in cash or by UPI, on the exhibition's days. Each is
 * written as a counted sale with its ledger line ({@code stall:<id>}, channel, exhibition
 * and payment mode), under an id made from the exhibition and its number, so loading
 * again writes nothing twice. The pieces were moved to the stall and sold there, so the
 * listings' online stock (the demo's own) is left as it is. Quick on every later start:
 * one read per exhibition.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class StallSalesDemoData {

	/** The past exhibitions with sales. */
	static final List<String> EXHIBITIONS = List.of("sindhu-darshan-2026", "ladakh-festival-2026");

	/** Holders who sold, per exhibition (the first placed with ready-made pieces). */
	static final int SELLERS = 4;

	/** Sales per holder. */
	static final int SALES = 2;

	private final StallSaleRepository sales;

	private final StallDraws draws;

	private final StallStock stock;

	private final RevenueLedger ledger;

	StallSalesDemoData(StallSaleRepository sales, StallDraws draws, StallStock stock, RevenueLedger ledger) {
		this.sales = sales;
		this.draws = draws;
		this.stock = stock;
		this.ledger = ledger;
	}

	/** After the exhibitions' demo data has drawn the stalls. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	void load() {
		load(false).block(Duration.ofMinutes(1));
	}

	/**
	 * Writes the sales that are missing.
	 * @param force whether to look even when an exhibition's first sale is there (tests)
	 * @return how many sales were written now
	 */
	Mono<Integer> load(boolean force) {
		return Flux.fromIterable(EXHIBITIONS)
			.concatMap((exhibitionId) -> this.sales.find(saleId(exhibitionId, 0))
				.filter((first) -> !force)
				.map((first) -> 0)
				.switchIfEmpty(Mono.defer(() -> sell(exhibitionId))))
			.reduce(0, Integer::sum);
	}

	private Mono<Integer> sell(String exhibitionId) {
		return Mono.zip(this.draws.exhibition(exhibitionId), this.draws.record(exhibitionId))
			.filter((drawn) -> drawn.getT2().done())
			.flatMap((drawn) -> sellers(drawn.getT1(), drawn.getT2()).take(SELLERS)
				.index()
				.concatMap((seller) -> Flux.range(0, SALES)
					.concatMap((n) -> sale(drawn.getT1(), seller.getT2(), (int) (seller.getT1() * SALES + n))))
				.reduce(0, Integer::sum))
			.defaultIfEmpty(0);
	}

	/** The placed sellers, in placement order, each with their ready-made listings. */
	private Flux<Holder> sellers(Exhibition exhibition, AllocationRecord record) {
		return Flux.fromIterable(record.result().placements())
			.map(AllocationResult.Placement::sellerId)
			.concatMap((sellerId) -> this.stock.ofSeller(sellerId, exhibition.id())
				.filter((pieces) -> pieces.price().isPositive())
				.take(SALES)
				.collectList()
				.filter((listings) -> !listings.isEmpty())
				.map((listings) -> new Holder(sellerId, listings)));
	}

	/**
	 * Sale {@code n} of the exhibition: one piece (two of every fifth), on one of its
	 * days.
	 */
	private Mono<Integer> sale(Exhibition exhibition, Holder holder, int n) {
		StallPieces pieces = holder.listings().get(n % holder.listings().size());
		long days = ChronoUnit.DAYS.between(exhibition.startsOn(), exhibition.endsOn()) + 1;
		Instant at = exhibition.startsOn()
			.plusDays(n % days)
			.atTime(LocalTime.of(10 + (n * 3) % 8, (n * 17) % 60))
			.atZone(IndiaTime.ZONE)
			.toInstant();
		PaymentMode mode = (n % 3 == 1) ? PaymentMode.UPI : PaymentMode.CASH;
		String reference = (mode == PaymentMode.UPI) ? "6%011d".formatted(40_000_000_000L + n * 7_919L) : null;
		StallSale sale = new StallSale(saleId(exhibition.id(), n), holder.sellerId(), exhibition.id(),
				pieces.listingId(), pieces.title(), (n % 5 == 4) ? 2 : 1, pieces.price(), mode, reference, true, at);
		// The line is written whether or not the sale was there (a load stopped half
		// way).
		return this.sales.claim(sale)
			.flatMap((claimed) -> this.ledger
				.recordStallSale(sale.id(), sale.sellerId(), sale.exhibitionId(), sale.total(), mode.name(), reference,
						at)
				.thenReturn(claimed ? 1 : 0));
	}

	/** A sale id as a phone makes one (a UUID), fixed by the exhibition and number. */
	static String saleId(String exhibitionId, int n) {
		return UUID.nameUUIDFromBytes(("demo-stall-sale:" + exhibitionId + ":" + n).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private record Holder(String sellerId, List<StallPieces> listings) {

	}

}
