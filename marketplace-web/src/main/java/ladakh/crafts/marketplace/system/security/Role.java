package ladakh.crafts.marketplace.system.security;

/**
 * What a person may do. A SELLER acts for exactly one seller (an artisan, an SHG or a
 * training centre); staff roles are given only by an ADMIN.
 */
public enum Role {

	BUYER, SELLER, INSTRUCTOR, OFFICER, ACCOUNTS, ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
