package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Refusal;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One seller's line of a payout run ({@code _id} {@code <runId>:<sellerId>}): the sum of
 * the ledger lines the run claimed for them (a refund after an earlier payout counts here
 * as a negative amount), and the bank's UTR once paid.
 *
 * @param id {@code <runId>:<sellerId>}
 * @param runId the run
 * @param sellerId the seller
 * @param name the seller's name, as at preparation
 * @param amount what the seller is paid
 * @param items how many ledger lines it sums
 * @param negativeItems how many of them take money away (refunds carried in)
 * @param utr the bank's UTR reference, once paid
 * @param paidAt when it was marked paid
 */
public record PayoutLine(String id, String runId, String sellerId, String name, Money amount, int items,
		int negativeItems, String utr, Instant paidAt) {

	public boolean paid() {
		return this.utr != null;
	}

	/**
	 * Whether recording this UTR changes anything: false when the same one is already
	 * there; refused when another one is.
	 */
	public boolean needs(String typedUtr) {
		if (this.utr == null) {
			return true;
		}
		if (this.utr.equals(typedUtr)) {
			return false;
		}
		throw Refusal.conflict("payouts.refused.otherUtr", this.utr).at("utr");
	}

	/** A UTR as banks give it: 12 to 22 letters and digits. */
	public static String utr(String typed) {
		String utr = (typed != null) ? typed.strip().toUpperCase(java.util.Locale.ROOT) : "";
		if (!utr.matches("[A-Z0-9]{12,22}")) {
			throw Refusal.invalid("payouts.error.utr").at("utr");
		}
		return utr;
	}

}
