package ladakh.crafts.marketplace.stalls;

import java.util.regex.Pattern;

import ladakh.crafts.marketplace.catalog.StallStock;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A sale as the phone sends it.
 *
 * @param saleId the id the phone made ({@code crypto.randomUUID()})
 * @param listingId the listing
 * @param quantity pieces
 * @param mode CASH or UPI
 * @param reference the UPI reference (none for cash)
 */
public record SaleRequest(String saleId, String listingId, int quantity, PaymentMode mode, String reference) {

	private static final Pattern SALE_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern UPI_REFERENCE = Pattern.compile("[A-Za-z0-9]{6,35}");

	/** Refuses (INVALID) what no sale can be, before anything is read. */
	void check() {
		if (this.saleId == null || !SALE_ID.matcher(this.saleId).matches()) {
			throw Refusal.invalid("stall.sale.badId");
		}
		if (this.listingId == null || this.listingId.isBlank() || this.listingId.length() > 100) {
			throw Refusal.invalid("stall.listing.notFound");
		}
		if (this.quantity < 1 || this.quantity > StallStock.MAX_PIECES) {
			throw Refusal.invalid("stall.quantity.invalid", StallStock.MAX_PIECES);
		}
		if (this.mode == null) {
			throw Refusal.invalid("stall.sale.mode");
		}
		if (this.mode == PaymentMode.UPI
				&& (this.reference == null || !UPI_REFERENCE.matcher(this.reference).matches())) {
			throw Refusal.invalid("stall.sale.upiReference");
		}
	}

	/** The reference kept: UPI's only. */
	String keptReference() {
		return (this.mode == PaymentMode.UPI) ? this.reference : null;
	}

}
