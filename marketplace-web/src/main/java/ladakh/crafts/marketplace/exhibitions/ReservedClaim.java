package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A reserved category an applicant claims on their application, and what an officer
 * decided of it (docs/decisions/0065). A claim alone counts for nothing in the draw:
 * {@link ClaimCheck} counts it only when the records or an officer bear it out.
 *
 * @param category the category claimed (never {@link ReservedCategory#FIRST_TIME}: that
 * comes from the history)
 * @param decision as claimed, verified or rejected by an officer
 * @param reason the officer's reason, or null while only claimed
 * @param by the officer, or null
 * @param at when they decided, or null
 */
public record ReservedClaim(ReservedCategory category, Decision decision, String reason, String by, Instant at) {

	/** What an applicant may claim. */
	public static final Set<ReservedCategory> CLAIMABLE = EnumSet.of(ReservedCategory.GI_CRAFT,
			ReservedCategory.AWARDEE, ReservedCategory.ENDANGERED_CRAFT, ReservedCategory.WOMEN_SHG);

	/**
	 * Categories only an officer can bear out: no record holds awards or endangered
	 * crafts.
	 */
	public static final Set<ReservedCategory> BY_OFFICER = EnumSet.of(ReservedCategory.AWARDEE,
			ReservedCategory.ENDANGERED_CRAFT);

	/** An officer's reason: long enough to say why, short enough to read. */
	static final int MIN_REASON = 10;

	static final int MAX_REASON = 500;

	public ReservedClaim {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(decision, "decision");
		if (!CLAIMABLE.contains(category)) {
			throw new IllegalArgumentException("not claimable: " + category);
		}
	}

	/** A claim as the applicant made it. */
	public static ReservedClaim claimed(ReservedCategory category) {
		return new ReservedClaim(category, Decision.CLAIMED, null, null, null);
	}

	/** An officer's decision on it, with their reason. */
	public ReservedClaim decided(boolean verified, String why, String officer, Instant now) {
		String reason = reason(why);
		return new ReservedClaim(this.category, verified ? Decision.VERIFIED : Decision.REJECTED, reason, officer, now);
	}

	/**
	 * An officer's reason, stripped.
	 * @throws Refusal INVALID when it is shorter than {@value #MIN_REASON} or longer than
	 * {@value #MAX_REASON} characters
	 */
	public static String reason(String why) {
		String reason = (why != null) ? why.strip() : "";
		if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
			throw Refusal.invalid("exhibitions.claim.reason", MIN_REASON, MAX_REASON).at("reason");
		}
		return reason;
	}

	/** Where a claim stands with the officers. */
	public enum Decision {

		/** Made by the applicant, not looked at yet. */
		CLAIMED,
		/** An officer saw the evidence. */
		VERIFIED,
		/** An officer found it does not hold. */
		REJECTED

	}

}
