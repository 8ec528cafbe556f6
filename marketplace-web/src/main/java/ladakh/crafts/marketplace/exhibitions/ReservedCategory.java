package ladakh.crafts.marketplace.exhibitions;

/**
 * The categories a stall plan keeps stalls for, in the order the allocation serves them.
 * {@link #FIRST_TIME} is never declared by an applicant: the allocation derives it from
 * the history it is given (no stall ever before).
 */
public enum ReservedCategory {

	/**
	 * Makers of a craft with a Geographical Indication (Ladakh Pashmina, wood carving).
	 */
	GI_CRAFT,
	/** National or state award winners. */
	AWARDEE,
	/** Crafts the department lists as endangered. */
	ENDANGERED_CRAFT,
	/** Women's self-help groups. */
	WOMEN_SHG,
	/** Sellers who have never had a stall. */
	FIRST_TIME

}
