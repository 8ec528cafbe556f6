package ladakh.crafts.marketplace.training.stock;

/**
 * What a holder has of an item, by the book.
 *
 * @param holderId the store or a centre
 * @param itemId the item
 * @param quantity units held, never below zero
 */
public record StockBalance(String holderId, String itemId, long quantity) {

	/** One balance per holder and item. */
	static String key(String holderId, String itemId) {
		return holderId + "|" + itemId;
	}

}
