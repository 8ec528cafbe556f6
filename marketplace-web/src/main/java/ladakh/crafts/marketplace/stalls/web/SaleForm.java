package ladakh.crafts.marketplace.stalls.web;

import ladakh.crafts.marketplace.stalls.PaymentMode;
import ladakh.crafts.marketplace.stalls.SaleRequest;

/**
 * A sale as the stall page's form (or its script) sends it.
 */
record SaleForm(String saleId, String listingId, String quantity, String mode, String reference) {

	SaleRequest request() {
		PaymentMode paid = "UPI".equals(this.mode) ? PaymentMode.UPI
				: "CASH".equals(this.mode) ? PaymentMode.CASH : null;
		String upi = (this.reference != null) ? this.reference.strip() : null;
		return new SaleRequest(this.saleId, this.listingId, number(this.quantity), paid,
				(upi != null && !upi.isEmpty()) ? upi : null);
	}

	static int number(String typed) {
		if (typed == null || !typed.strip().matches("[0-9]{1,4}")) {
			return 0;
		}
		return Integer.parseInt(typed.strip());
	}

}
