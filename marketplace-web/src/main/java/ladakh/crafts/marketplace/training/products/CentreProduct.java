package ladakh.crafts.marketplace.training.products;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Money;

/**
 * Pieces trainees of a batch made, in the centre's product stock: until listed, the stock
 * is {@code made}; once listed for sale, the listing's stock is this stock (the pieces
 * moved into it, and sales, returns and stall moves count there), and {@code listingId}
 * ties every sale of the listing back to the centre and the batch.
 *
 * @param id the product's id
 * @param centreId the centre
 * @param batchId the batch whose trainees made it
 * @param craft the craft's slug
 * @param titleEn what it is, in English
 * @param titleHi what it is, in Hindi (may be empty)
 * @param descriptionEn a line for buyers
 * @param made how many pieces were made
 * @param price the price of one piece
 * @param listingId the listing it is for sale as, or {@code null} until listed
 * @param madeAt when recorded
 * @param by who recorded it
 */
public record CentreProduct(String id, String centreId, String batchId, String craft, String titleEn, String titleHi,
		String descriptionEn, int made, Money price, String listingId, Instant madeAt, String by) {

	/** Marks a product whose listing is being made (so only one is). */
	static final String LISTING = "LISTING";

	public boolean listed() {
		return this.listingId != null && !LISTING.equals(this.listingId);
	}

}
