package ladakh.crafts.marketplace.training.stock;

/**
 * A balance below its item's reorder level.
 *
 * @param holderId the store or a centre
 * @param itemId the item
 * @param quantity units held
 * @param reorderLevel the item's reorder level
 */
public record LowBalance(String holderId, String itemId, long quantity, long reorderLevel) {

}
