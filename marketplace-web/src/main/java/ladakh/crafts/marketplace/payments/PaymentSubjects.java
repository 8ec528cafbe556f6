package ladakh.crafts.marketplace.payments;

/**
 * What a payment through the port is for. Most are buyer orders (the id is the order's);
 * a stall fee paid by card has the id
 * {@code stallfee:<exhibitionId>:<stallNumber>:<sellerId>} (docs/decisions/0065), so the
 * gateway's events reach the exhibitions area and not the orders area, and the payer
 * comes back to their exhibitions page.
 */
public final class PaymentSubjects {

	/** The prefix of a stall fee's payment id. */
	public static final String STALL_FEE = "stallfee:";

	private PaymentSubjects() {
	}

	/** Whether the id is a buyer order's (what the orders area records). */
	public static boolean isOrder(String id) {
		return id != null && !id.startsWith(STALL_FEE);
	}

	/** Whether the id is a stall fee's. */
	public static boolean isStallFee(String id) {
		return id != null && id.startsWith(STALL_FEE);
	}

	/** Where the payer of a stall fee comes back to (a path on this site). */
	public static final String STALL_FEE_RETURN = "/seller/exhibitions?fee=card";

}
