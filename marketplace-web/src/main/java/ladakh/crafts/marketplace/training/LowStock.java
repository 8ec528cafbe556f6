package ladakh.crafts.marketplace.training;

import java.util.List;

import ladakh.crafts.marketplace.training.stock.ReorderLevels;
import ladakh.crafts.marketplace.training.stock.StockItem;
import ladakh.crafts.marketplace.training.stock.StockMovement;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Stock below its reorder level, for the operations report (issue 18): the balances of
 * the store and the centres whose quantity is below their item's level, read on the
 * balances' index {@code headroom_id} (see {@link ReorderLevels}).
 */
@Service
public class LowStock {

	/** The most balances listed; the count is of all. */
	public static final int MOST = 500;

	/** The store's holder id (the department store, not a centre). */
	public static final String STORE = StockMovement.STORE;

	private final ReorderLevels levels;

	LowStock(ReorderLevels levels) {
		this.levels = levels;
	}

	/** Balances below their reorder level now, the furthest below first. */
	public Mono<Below> now() {
		return this.levels.below(MOST)
			.map((below) -> new Below(below.count(),
					below.balances()
						.stream()
						.map((low) -> new Balance(low.holderId(), low.itemId(),
								StockItem.byId(low.itemId()).map((item) -> item.unit().name()).orElse(""),
								low.quantity(), low.reorderLevel()))
						.toList()));
	}

	/**
	 * @param count how many balances are below, in all
	 * @param balances the furthest below first, at most {@value #MOST}
	 */
	public record Below(long count, List<Balance> balances) {

		public Below {
			balances = List.copyOf(balances);
		}

	}

	/**
	 * @param holderId {@link #STORE} or a centre's id
	 * @param itemId the stock item (its words: message {@code stock.item.<id>})
	 * @param unit what it is counted in (words: {@code stock.unit.<unit>})
	 * @param quantity units held
	 * @param reorderLevel the item's level
	 */
	public record Balance(String holderId, String itemId, String unit, long quantity, long reorderLevel) {

	}

}
