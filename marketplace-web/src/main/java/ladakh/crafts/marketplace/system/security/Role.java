package ladakh.crafts.marketplace.system.security;

/**
 * What a person may do. A SELLER acts for exactly one seller (an artisan, an SHG or a
 * training centre); a TRAINEE sees only their own attendance and stipends (the account is
 * made when they enrol); staff roles are given only by an ADMIN. A REVIEWER (a secretary
 * or a director) reads every staff page and changes nothing (decision 73).
 */
public enum Role {

	BUYER, SELLER, TRAINEE, INSTRUCTOR, OFFICER, ACCOUNTS, REVIEWER, ADMIN;

	/** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
