package ladakh.crafts.marketplace.catalog;

import java.time.Clock;

import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.stereotype.Service;

/**
 * Pieces of a seller's listings at an exhibition stall: moved there from online stock and
 * back, and sold there (docs/decisions/0056). Whether the seller holds a stall at the
 * exhibition is the caller's to check; that the listing is the seller's is checked here,
 * in the same conditional update that moves the pieces.
 */
@Service
public class StallStock {

	/** The most pieces one move or one sale may count. */
	public static final int MAX_PIECES = 999;

	private final StallStockRepository stalls;

	private final CatalogSyncTrigger sync;

	private final Clock clock;

	StallStock(StallStockRepository stalls, CatalogSyncTrigger sync, Clock clock) {
		this.stalls = stalls;
		this.sync = sync;
		this.clock = clock;
	}

	/**
	 * Moves online pieces to the stall.
	 * @throws Refusal NOT_FOUND when it is not the seller's listing, CONFLICT when it has
	 * fewer online pieces (or is made to order, or not on sale)
	 */
	public Mono<StallPieces> toStall(String sellerId, String listingId, String exhibitionId, int quantity) {
		return move(sellerId, listingId, exhibitionId, quantity,
				this.stalls.toStall(sellerId, listingId, exhibitionId, quantity, this.clock.instant()),
				"stall.stock.tooFewOnline");
	}

	/** Moves stall pieces back online; CONFLICT when the stall has fewer. */
	public Mono<StallPieces> fromStall(String sellerId, String listingId, String exhibitionId, int quantity) {
		return move(sellerId, listingId, exhibitionId, quantity,
				this.stalls.fromStall(sellerId, listingId, exhibitionId, quantity, this.clock.instant()),
				"stall.stock.tooFewAtStall");
	}

	private Mono<StallPieces> move(String sellerId, String listingId, String exhibitionId, int quantity,
			Mono<Boolean> moving, String tooFew) {
		if (quantity < 1 || quantity > MAX_PIECES) {
			return Mono.error(Refusal.invalid("stall.quantity.invalid", MAX_PIECES));
		}
		return this.stalls.find(sellerId, listingId, exhibitionId)
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("stall.listing.notFound")))
			.then(moving)
			.flatMap((moved) -> {
				if (!moved) {
					return Mono.error(Refusal.conflict(tooFew));
				}
				this.sync.listingsChanged(java.util.List.of(listingId));
				return this.stalls.find(sellerId, listingId, exhibitionId);
			});
	}

	/**
	 * Takes stall pieces for a sale, once per key.
	 * @return true when taken now or already taken under this key; false when the stall
	 * has fewer pieces
	 */
	public Mono<Boolean> sell(String sellerId, String listingId, String exhibitionId, String key, int quantity) {
		return this.stalls.sell(sellerId, listingId, exhibitionId, key, quantity)
			.flatMap((taken) -> taken ? Mono.just(true) : this.stalls.holds(listingId, key));
	}

	/**
	 * Drops the keys of counted stall sales from a listing: the clean-up after an
	 * exhibition's sales have closed (the keys otherwise stay, one per piece sold).
	 */
	public Mono<Void> releaseHolds(String listingId, java.util.List<String> keys) {
		return keys.isEmpty() ? Mono.empty() : this.stalls.release(listingId, keys);
	}

	/**
	 * The seller's live ready-made listings with their pieces online and at the stall.
	 */
	public Flux<StallPieces> ofSeller(String sellerId, String exhibitionId) {
		return this.stalls.ofSeller(sellerId, exhibitionId);
	}

	/**
	 * The seller's listings with pieces at any exhibition's stall, by exhibition: whether
	 * the seller still holds a stall there is the caller's to check.
	 */
	public Flux<LeftAtStall> leftAtStalls(String sellerId) {
		return this.stalls.leftAtStalls(sellerId);
	}

	/** One of the seller's listings with its pieces; empty when it is not theirs. */
	public Mono<StallPieces> of(String sellerId, String listingId, String exhibitionId) {
		return this.stalls.find(sellerId, listingId, exhibitionId);
	}

}
