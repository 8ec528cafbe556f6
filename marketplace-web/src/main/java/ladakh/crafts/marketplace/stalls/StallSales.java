package ladakh.crafts.marketplace.stalls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.LeftAtStall;
import ladakh.crafts.marketplace.catalog.StallPieces;
import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.StallHoldings;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.stereotype.Service;

/**
 * Sales at a seller's stall and the moves of pieces to and from it (docs/decisions/0056).
 * A sale is counted once per id the phone made: its document is claimed first (unique
 * {@code _id}), then its pieces are taken from the stall's stock under the same id, then
 * its ledger line is written under {@code stall:<id>}; each step is idempotent, so a
 * resend, a double tap or a retry after a failure half way counts the sale once.
 */
@Service
public class StallSales {

	/** Sales made offline on the last day may arrive this many days later. */
	static final int LATE_DAYS = 3;

	/** How many sales the stall page lists. */
	public static final int LATEST = 20;

	private final StallSaleRepository sales;

	private final StallHoldings holdings;

	private final StallStock stock;

	private final RevenueLedger ledger;

	private final Clock clock;

	StallSales(StallSaleRepository sales, StallHoldings holdings, StallStock stock, RevenueLedger ledger, Clock clock) {
		this.sales = sales;
		this.holdings = holdings;
		this.stock = stock;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Counts a sale, once per sale id.
	 * @return the sale, counted (the stored one when the id was sent before)
	 * @throws Refusal NOT_FOUND when the seller holds no stall there or the listing is
	 * not theirs; CONFLICT when the stall's fee is unpaid, the stall has fewer pieces or
	 * the exhibition is not on
	 */
	public Mono<StallSale> sell(String sellerId, String exhibitionId, SaleRequest request) {
		return confirmed(sellerId, exhibitionId).flatMap((exhibition) -> {
			request.check();
			return this.sales.find(request.saleId())
				.flatMap((earlier) -> again(sellerId, earlier))
				.switchIfEmpty(Mono.defer(() -> first(sellerId, exhibition, request)));
		});
	}

	private Mono<StallSale> first(String sellerId, Exhibition exhibition, SaleRequest request) {
		String exhibitionId = exhibition.id();
		return Mono.defer(() -> {
			LocalDate today = IndiaTime.dayOf(this.clock.instant());
			if (today.isBefore(exhibition.startsOn()) || today.isAfter(exhibition.endsOn().plusDays(LATE_DAYS))) {
				return Mono.error(Refusal.conflict("stall.sale.notOn"));
			}
			return this.stock.of(sellerId, request.listingId(), exhibitionId)
				.switchIfEmpty(Mono.error(() -> Refusal.notFound("stall.listing.notFound")))
				.flatMap((pieces) -> {
					StallSale sale = new StallSale(request.saleId(), sellerId, exhibitionId, request.listingId(),
							pieces.title(), request.quantity(), pieces.price(), request.mode(), request.keptReference(),
							false, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
					return this.sales.claim(sale)
						.flatMap((claimed) -> claimed ? count(sale, pieces)
								: this.sales.find(sale.id()).flatMap((earlier) -> again(sellerId, earlier)));
				});
		});
	}

	/** A sale id sent before: the seller's own is counted (again, idempotently). */
	private Mono<StallSale> again(String sellerId, StallSale earlier) {
		if (!earlier.sellerId().equals(sellerId)) {
			return Mono.error(Refusal.conflict("stall.sale.idTaken"));
		}
		return earlier.counted() ? Mono.just(earlier) : count(earlier, null);
	}

	private Mono<StallSale> count(StallSale sale, StallPieces pieces) {
		return this.stock.sell(sale.sellerId(), sale.listingId(), sale.exhibitionId(), key(sale), sale.quantity())
			.flatMap((taken) -> {
				if (!taken) {
					return this.sales.drop(sale.id())
						.then(this.stock.of(sale.sellerId(), sale.listingId(), sale.exhibitionId()))
						.map(StallPieces::atStall)
						.defaultIfEmpty(0)
						.flatMap((left) -> Mono.error(Refusal.conflict("stall.sale.tooFew", left)));
				}
				return this.ledger
					.recordStallSale(sale.id(), sale.sellerId(), sale.exhibitionId(), sale.total(), sale.mode().name(),
							sale.reference())
					.then(this.sales.counted(sale.id()))
					.thenReturn(sale.asCounted());
			});
	}

	/**
	 * The key a sale takes its pieces under: kept on the listing (bounded by the pieces
	 * moved to stalls), so a retried sale never takes them twice.
	 */
	static String key(StallSale sale) {
		return "stall:" + sale.id();
	}

	/** One of the seller's sales at the exhibition, for its receipt. */
	public Mono<StallSale> receipt(String sellerId, String exhibitionId, String saleId) {
		return this.sales.find(saleId)
			.filter((sale) -> sale.sellerId().equals(sellerId) && sale.exhibitionId().equals(exhibitionId));
	}

	/** The seller's latest sales at the exhibition. */
	public Mono<List<StallSale>> latest(String sellerId, String exhibitionId) {
		return this.sales.latest(sellerId, exhibitionId, LATEST).collectList();
	}

	/**
	 * Moves online pieces to a confirmed stall, until the exhibition's last day.
	 */
	public Mono<StallPieces> toStall(String sellerId, String exhibitionId, String listingId, int quantity) {
		return confirmed(sellerId, exhibitionId).flatMap((exhibition) -> {
			if (IndiaTime.dayOf(this.clock.instant()).isAfter(exhibition.endsOn())) {
				return Mono.error(Refusal.conflict("stall.stock.over"));
			}
			return this.stock.toStall(sellerId, listingId, exhibitionId, quantity);
		});
	}

	/** Moves stall pieces back online, at any time. */
	public Mono<StallPieces> fromStall(String sellerId, String exhibitionId, String listingId, int quantity) {
		return held(sellerId, exhibitionId)
			.flatMap((exhibition) -> this.stock.fromStall(sellerId, listingId, exhibitionId, quantity));
	}

	/**
	 * Pieces of the seller's listings left at stalls of exhibitions where they hold no
	 * confirmed stall (taken back, expired, passed on, or still on offer): they cannot
	 * sell them there, and these pages are their way back online. Nobody else can sell
	 * them either: a sale takes pieces only from the seller's own listing.
	 */
	public Flux<StallLeftover> leftOver(String sellerId) {
		return this.stock.leftAtStalls(sellerId)
			.collectList()
			.flatMapMany((all) -> Flux.fromIterable(all.stream().map(LeftAtStall::exhibitionId).distinct().toList())
				.concatMap((exhibitionId) -> this.holdings.held(sellerId, exhibitionId)
					.map(StallHoldings.Held::confirmed)
					.defaultIfEmpty(false)
					.filter((confirmed) -> !confirmed)
					.flatMap((notConfirmed) -> this.holdings.exhibition(exhibitionId))
					.flatMapMany((exhibition) -> Flux.fromIterable(all)
						.filter((left) -> left.exhibitionId().equals(exhibitionId))
						.map((left) -> new StallLeftover(left, exhibition)))));
	}

	/**
	 * Moves pieces of the seller's listing back online from an exhibition's stall,
	 * whether or not they still hold a stall there: the one conditional update checks the
	 * listing is theirs and the stall count has the pieces (NOT_FOUND, CONFLICT
	 * otherwise).
	 */
	public Mono<StallPieces> backOnline(String sellerId, String exhibitionId, String listingId, int quantity) {
		if (quantity < 1 || quantity > StallStock.MAX_PIECES) {
			return Mono.error(Refusal.invalid("stall.quantity.invalid", StallStock.MAX_PIECES));
		}
		if (listingId == null || listingId.isBlank()) {
			return Mono.error(Refusal.invalid("stall.listing.notFound"));
		}
		if (!exhibitionId.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
			return Mono.error(Refusal.notFound("stall.listing.notFound"));
		}
		return Mono.defer(() -> this.stock.fromStall(sellerId, listingId, exhibitionId, quantity));
	}

	/** The exhibition, when the seller holds a stall there; else NOT_FOUND. */
	public Mono<Exhibition> held(String sellerId, String exhibitionId) {
		return holding(sellerId, exhibitionId).map(StallHoldings.Held::exhibition);
	}

	/** The seller's stalls there, offered or confirmed; else NOT_FOUND. */
	public Mono<StallHoldings.Held> holding(String sellerId, String exhibitionId) {
		return this.holdings.held(sellerId, exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("stall.notHeld")));
	}

	/**
	 * The exhibition, when the seller's stall there is confirmed (its fee paid). An offer
	 * may still expire and pass to the next seller, so nothing is sold or moved to a
	 * stall on offer: CONFLICT.
	 */
	private Mono<Exhibition> confirmed(String sellerId, String exhibitionId) {
		return holding(sellerId, exhibitionId).flatMap((held) -> held.confirmed() ? Mono.just(held.exhibition())
				: Mono.error(Refusal.conflict("stall.notConfirmed")));
	}

}
