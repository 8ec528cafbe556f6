package ladakh.crafts.marketplace.complex.web;

import java.util.List;

/**
 * A shop in a term as pages show it.
 *
 * @param shop e.g. A3
 * @param sellerId the holder, or null when vacant
 * @param name the holder's name, or null
 * @param href the holder's public page, or null
 * @param spells its history this term, in order
 */
record ShopRow(String shop, String sellerId, String name, String href, List<SpellRow> spells) {

	public boolean vacant() {
		return this.sellerId == null;
	}

	/**
	 * One holder's time in the shop.
	 *
	 * @param name the holder's name
	 * @param href their page
	 * @param grant the message key of how it began
	 * @param reason the officer's reason, or null
	 * @param at when, as people read it
	 * @param ending the message key of how it ended, or null
	 * @param endedAt when it ended, or null
	 * @param endReason the reason given, or null
	 */
	record SpellRow(String name, String href, String grant, String reason, String at, String ending, String endedAt,
			String endReason) {
	}

}
