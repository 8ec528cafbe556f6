package ladakh.crafts.marketplace.orders;

/**
 * An order was paid (all its parts are now PAID).
 *
 * @param orderId the order
 */
public record OrderPaid(String orderId) {

}
