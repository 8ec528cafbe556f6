package ladakh.crafts.marketplace.stalls;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A sale at an exhibition stall, as the seller's phone made it.
 *
 * @param id the id the phone made (a UUID): the sale's idempotency key
 * @param sellerId the seller holding the stall
 * @param exhibitionId the exhibition
 * @param listingId the listing sold
 * @param title the listing's title at the sale
 * @param quantity pieces
 * @param unitPrice the price of one piece at the sale
 * @param mode cash or UPI
 * @param reference the UPI reference, or null
 * @param counted whether its pieces were taken and its ledger line written
 * @param at when the server first received it
 */
public record StallSale(String id, String sellerId, String exhibitionId, String listingId, LocalizedText title,
		int quantity, Money unitPrice, PaymentMode mode, String reference, boolean counted, Instant at) {

	/** What the buyer paid. */
	public Money total() {
		return this.unitPrice.times(this.quantity);
	}

	StallSale asCounted() {
		return new StallSale(this.id, this.sellerId, this.exhibitionId, this.listingId, this.title, this.quantity,
				this.unitPrice, this.mode, this.reference, true, this.at);
	}

}
