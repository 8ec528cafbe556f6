package ladakh.crafts.marketplace.sellers;

/**
 * Where a seller stands with the department ({@code sellers.status}). Only {@link Seller}
 * moves a seller between them.
 */
public enum SellerStatus {

	/** Entered by an officer, not yet approved (SHGs). */
	PENDING,
	/** Approved and selling (while the registration is valid). */
	ACTIVE,
	/** Stopped by an officer, with a reason; may be reinstated. */
	SUSPENDED,
	/** The registration ran out and was marked so. */
	EXPIRED;

	/**
	 * The status a stored value names: a missing one is PENDING, an unknown one is read
	 * as SUSPENDED (never vouch for what nobody can read).
	 */
	public static SellerStatus of(String stored) {
		if (stored == null) {
			return PENDING;
		}
		for (SellerStatus status : values()) {
			if (status.name().equals(stored)) {
				return status;
			}
		}
		return SUSPENDED;
	}

}
