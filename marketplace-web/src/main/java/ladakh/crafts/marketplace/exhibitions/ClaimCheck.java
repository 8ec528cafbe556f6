package ladakh.crafts.marketplace.exhibitions;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of an application's claimed categories the draw counts (docs/decisions/0065),
 * pure: a claim is never taken on the applicant's word.
 * <ul>
 * <li>GI crafts: one of the listings named on the application is the applicant's and
 * carries a GI authorised-user number.
 * <li>Women's SHGs: the applicant is an SHG whose members are all recorded as women.
 * <li>Awardees and endangered crafts: no record holds them, so an officer verified the
 * claim on the application.
 * <li>First-time participants are never claimed: the policy finds them in the history.
 * </ul>
 * An officer's rejection outweighs the records. What is not verified is left out, so the
 * applicant competes in the open round like anyone else.
 */
public final class ClaimCheck {

	private ClaimCheck() {
	}

	/**
	 * @param claims what the applicant claimed, with officers' decisions
	 * @param evidence what the records say of the applicant
	 * @return the categories the draw counts
	 */
	public static Set<ReservedCategory> verified(Collection<ReservedClaim> claims, Evidence evidence) {
		Set<ReservedCategory> verified = EnumSet.noneOf(ReservedCategory.class);
		for (ReservedClaim claim : claims) {
			if (claim.decision() == ReservedClaim.Decision.REJECTED) {
				continue;
			}
			boolean holds = switch (claim.category()) {
				case GI_CRAFT -> evidence.giListing();
				case WOMEN_SHG -> evidence.womenShg();
				case AWARDEE, ENDANGERED_CRAFT -> claim.decision() == ReservedClaim.Decision.VERIFIED;
				case FIRST_TIME -> false;
			};
			if (holds) {
				verified.add(claim.category());
			}
		}
		return verified;
	}

	/** The policy's input for an application: its verified categories only. */
	public static Applicant applicant(StallApplication application, Collection<ReservedClaim> claims,
			Evidence evidence) {
		return new Applicant(application.sellerId(), application.kind(), verified(claims, evidence),
				application.crafts(), application.widthDm(), application.depthDm());
	}

	/**
	 * What the records say of an applicant.
	 *
	 * @param giListing a listing named on the application is theirs and has a GI
	 * authorised-user number
	 * @param womenShg they are an SHG whose members are all women
	 */
	public record Evidence(boolean giListing, boolean womenShg) {

		public static final Evidence NONE = new Evidence(false, false);

	}

}
