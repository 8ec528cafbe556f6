package ladakh.crafts.marketplace.treasury;

/**
 * One cell of a financial year's revenue: the ledger lines that share a month, channel,
 * seller kind, craft, district and payee (and, for the treasury's lines, a training
 * centre), summed by the database. The reports area folds the cells into each of its
 * breakdowns, so every breakdown of a year adds up to the same total.
 *
 * @param month e.g. {@code "2026-12"}
 * @param channel {@code ONLINE}, {@code STALL} or {@code COMPLEX}
 * @param sellerKind the sellers' kind, or null where the records did not know them
 * @param craft the sellers' first craft, or null
 * @param district the sellers' district, or null
 * @param payee {@code SELLER} or {@code TREASURY}
 * @param centreId the training centre whose receipts these are (payee {@code TREASURY}),
 * else null
 * @param sums their totals
 */
public record RevenueCell(String month, String channel, String sellerKind, String craft, String district, String payee,
		String centreId, LedgerSums sums) {

}
