package ladakh.crafts.marketplace.media;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;

/**
 * Who may see a stored photo, as the record it belongs to says: everyone (a published
 * listing, a registered artisan's portrait), or only department staff and the seller it
 * belongs to (a draft or removed listing), or staff alone (an applicant's portrait).
 *
 * @param everyone whether anyone may see it, signed in or not
 * @param sellerId the seller who may see it besides staff, or {@code null}
 */
public record PhotoAudience(boolean everyone, String sellerId) {

	/** Anyone. */
	public static PhotoAudience anyone() {
		return new PhotoAudience(true, null);
	}

	/** Staff and the given seller. */
	public static PhotoAudience staffAndSeller(String sellerId) {
		return new PhotoAudience(false, sellerId);
	}

	/** Staff only. */
	public static PhotoAudience staffOnly() {
		return new PhotoAudience(false, null);
	}

	/**
	 * Whether this user may see the photo.
	 * @param user the signed-in user, or {@code null} for a visitor
	 */
	public boolean admits(MarketplaceUser user) {
		if (this.everyone) {
			return true;
		}
		return user != null && (user.isStaff() || (this.sellerId != null && user.actsFor(this.sellerId)));
	}

}
