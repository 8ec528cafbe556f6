package ladakh.crafts.marketplace.treasury;

import java.util.List;

/**
 * A financial year's ledger in totals: one row per seller kind × channel × payee, and
 * their sum (docs/decisions/0068).
 *
 * @param fy e.g. {@code "2026-27"}
 * @param rows by seller kind, channel and payee, in that order
 * @param total every line of the year
 */
public record FySummary(String fy, List<Row> rows, LedgerSums total) {

	/**
	 * @param sellerKind the sellers' kind (null: sellers the records did not know)
	 * @param channel {@code ONLINE}, {@code STALL} or {@code COMPLEX}
	 * @param payee {@code SELLER} or {@code TREASURY}
	 * @param sums their totals
	 */
	public record Row(String sellerKind, String channel, String payee, LedgerSums sums) {

	}

	/**
	 * One seller's totals in a year.
	 *
	 * @param sellerId the seller
	 * @param sums their totals
	 */
	public record SellerRow(String sellerId, LedgerSums sums) {

	}

}
