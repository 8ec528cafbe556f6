package ladakh.crafts.marketplace.orders;

/**
 * A buyer placed an order (stock reserved, awaiting payment).
 *
 * @param orderId the order
 */
public record OrderPlaced(String orderId) {

}
