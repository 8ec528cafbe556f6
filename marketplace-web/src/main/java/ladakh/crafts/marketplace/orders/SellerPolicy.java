package ladakh.crafts.marketplace.orders;

/**
 * A seller's returns policy: how many days after delivery a buyer may return a piece, and
 * the seller's own words about it. Sellers that set nothing get the defaults.
 *
 * @param sellerId the seller
 * @param returnWindowDays days after delivery, 0 to 60 (0: no returns)
 * @param text the policy in the seller's words, or null for the default wording
 * @param custom false when these are the defaults
 */
public record SellerPolicy(String sellerId, int returnWindowDays, String text, boolean custom) {

	public static final int DEFAULT_RETURN_WINDOW_DAYS = 7;

	public static final int MAX_RETURN_WINDOW_DAYS = 60;

	public static final int MAX_TEXT = 2000;

	static SellerPolicy defaults(String sellerId) {
		return new SellerPolicy(sellerId, DEFAULT_RETURN_WINDOW_DAYS, null, false);
	}

}
