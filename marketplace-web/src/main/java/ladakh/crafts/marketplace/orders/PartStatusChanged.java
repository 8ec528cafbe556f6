package ladakh.crafts.marketplace.orders;

/**
 * A seller part moved (PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, EXPIRED).
 *
 * @param partId the part
 * @param orderId its order
 * @param sellerId its seller
 * @param buyerId the buyer
 * @param status the new status
 */
public record PartStatusChanged(String partId, String orderId, String sellerId, String buyerId, String status) {

}
