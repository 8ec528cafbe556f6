package ladakh.crafts.marketplace.training.stock;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reorder levels of the stock items (issue 18): an officer sets one per item; every
 * balance of the item is then re-flagged (its copy of the level and its headroom, see
 * {@link StockBalanceRepository}), a bounded update by item on index
 * {@code itemId_holderId}. A level is a whole number of the item's units, 0 (never below)
 * up to {@value #MOST_LEVEL}.
 */
@Service
public class ReorderLevels {

	static final long MOST_LEVEL = 1_000_000_000L;

	/** Balances of one item re-flagged at most: one per holder, tens of centres. */
	static final int MOST_BALANCES = 1_000;

	/** Tries to re-flag a balance that keeps changing under the update. */
	private static final int TRIES = 5;

	private final ReorderLevelRepository levels;

	private final StockBalanceRepository balances;

	private final AuditTrail audit;

	private final Clock clock;

	ReorderLevels(ReorderLevelRepository levels, StockBalanceRepository balances, AuditTrail audit, Clock clock) {
		this.levels = levels;
		this.balances = balances;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every item's level that was set, by item id; an item not in it has level 0. */
	public Mono<Map<String, Long>> levels() {
		return this.levels.levels();
	}

	/**
	 * Sets an item's level from what the officer wrote.
	 * @throws Refusal NOT_FOUND for an item not in the catalogue; INVALID, at field
	 * {@code level}, for anything but a whole number from 0 to {@value #MOST_LEVEL}
	 */
	public Mono<Long> set(String itemId, String written, MarketplaceUser by) {
		return Mono.fromCallable(() -> {
			StockItem.byId(itemId).orElseThrow(() -> Refusal.notFound("stock.refused.item"));
			return parse(written);
		})
			.flatMap((level) -> this.levels.save(itemId, level, by.id(), this.clock.instant())
				.then(this.balances.ofItem(itemId, MOST_BALANCES)
					.concatMap((balance) -> relevel(balance, level, TRIES))
					.then())
				.then(this.audit.record(by, "STOCK_REORDER_LEVEL_SET", "STOCK_ITEM", itemId, null,
						Map.of("reorderLevel", level)))
				.thenReturn(level));
	}

	/**
	 * Balances below their item's level, the furthest below first, and how many in all.
	 */
	public Mono<Below> below(int most) {
		return Mono.zip(this.balances.countBelow(), this.balances.below(most).collectList())
			.map((read) -> new Below(read.getT1(), read.getT2()));
	}

	/**
	 * Gives the balances stored before reorder levels their headroom, once per database
	 * (a marker records it), item by item on index {@code itemId_holderId}.
	 */
	Mono<Void> backfill() {
		return this.levels.backfilled()
			.flatMap((done) -> done ? Mono.<Void>empty()
					: backfillItems().then(this.levels.markBackfilled(this.clock.instant())));
	}

	/** The backfill itself: each balance without headroom given its item's level. */
	Mono<Void> backfillItems() {
		return this.levels.levels()
			.flatMapMany((set) -> Flux.fromIterable(StockItem.CATALOGUE)
				.concatMap((item) -> this.balances.withoutHeadroom(item.id(), MOST_BALANCES)
					.concatMap((balance) -> relevel(balance, set.getOrDefault(item.id(), 0L), TRIES))))
			.then();
	}

	private Mono<Void> relevel(StockBalance seen, long level, int tries) {
		return this.balances.releveled(StockBalance.key(seen.holderId(), seen.itemId()), seen.quantity(), level)
			.flatMap((done) -> (done || tries <= 1) ? Mono.<Void>empty()
					: this.balances.one(seen.holderId(), seen.itemId())
						.flatMap((again) -> relevel(again, level, tries - 1)));
	}

	static long parse(String written) {
		String text = (written != null) ? written.strip() : "";
		if (!text.matches("\\d{1,10}") || Long.parseLong(text) > MOST_LEVEL) {
			throw Refusal.invalid("stock.reorder.invalid").at("level");
		}
		return Long.parseLong(text);
	}

	/**
	 * Balances below their reorder level.
	 *
	 * @param count how many in all
	 * @param balances the furthest below first, at most as many as asked
	 */
	public record Below(long count, List<LowBalance> balances) {

		public Below {
			balances = List.copyOf(balances);
		}

	}

}
