package ladakh.crafts.marketplace.treasury;

/**
 * What a ledger line records of its seller, as the seller record says when the line is
 * written.
 *
 * @param id the seller
 * @param kind {@code ARTISAN}, {@code SHG}, {@code UNIT_HOLDER}, {@code CO_OPERATIVE} or
 * {@code TRAINING_CENTRE}; null for an unknown seller
 * @param craft the seller's first craft, or null
 * @param district {@code LEH} or {@code KARGIL}, or null
 */
public record SellerFacts(String id, String kind, String craft, String district) {

	/** A seller the sellers' records do not know: the line is written all the same. */
	public static SellerFacts unknown(String id) {
		return new SellerFacts(id, null, null, null);
	}

}
