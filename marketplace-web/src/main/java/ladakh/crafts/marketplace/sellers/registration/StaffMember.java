package ladakh.crafts.marketplace.sellers.registration;

import java.util.Set;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;

/**
 * A signed-in member of staff acting on registrations.
 *
 * @param id their user id
 * @param roles their roles
 */
public record StaffMember(String id, Set<Role> roles) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	public static StaffMember of(MarketplaceUser user) {
		return new StaffMember(user.id(), user.roles());
	}

	/**
	 * Officers and admins see and decide every application (an account that holds
	 * REVIEWER decides nothing: decision 73).
	 */
	public boolean supervises() {
		return (this.roles.contains(Role.OFFICER) || this.roles.contains(Role.ADMIN))
				&& !this.roles.contains(Role.REVIEWER);
	}

	/**
	 * Those who see every application and seller as an officer does: officers, admins,
	 * and reviewers, who decide none of them.
	 */
	public boolean seesEverything() {
		return supervises() || this.roles.contains(Role.REVIEWER);
	}

	public boolean isInstructor() {
		return this.roles.contains(Role.INSTRUCTOR);
	}

	public boolean isOfficer() {
		return supervises();
	}

	/**
	 * A seller's or applicant's mobile number as this member may read it: whole for
	 * officers, admins and reviewers; instructors need none for a practical test, so they
	 * see only its last two digits (enough to tell two people apart on the phone).
	 */
	public String mobileAsSeen(String mobile) {
		if (seesEverything() || mobile == null) {
			return mobile;
		}
		return "\u2022".repeat(Math.max(0, mobile.length() - 2)) + mobile.substring(Math.max(0, mobile.length() - 2));
	}

	/** Whether a search may match mobile numbers (not for instructors: see above). */
	public boolean searchesByMobile() {
		return seesEverything();
	}

}
