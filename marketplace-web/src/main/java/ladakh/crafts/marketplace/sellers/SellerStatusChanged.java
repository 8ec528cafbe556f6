package ladakh.crafts.marketplace.sellers;

/**
 * A seller was suspended or reinstated. This is the hook the catalog listens to so that
 * it re-marks the seller's listings (hidden while SUSPENDED).
 *
 * @param sellerId the seller, {@code sellers._id}
 * @param status the new status: {@code ACTIVE} or {@code SUSPENDED}
 * @param reason why, as the officer wrote it
 */
public record SellerStatusChanged(String sellerId, String status, String reason) {

}
