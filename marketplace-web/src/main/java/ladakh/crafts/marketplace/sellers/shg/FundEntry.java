package ladakh.crafts.marketplace.sellers.shg;

import java.time.Instant;

/**
 * One line of an SHG's revolving fund ledger ({@code shg_fund_entries}, append-only).
 *
 * @param id the entry id
 * @param shgId the SHG
 * @param kind grant, repayment or utilisation
 * @param amountMinor the amount in paise, always positive
 * @param note what it was for
 * @param at when it was recorded
 * @param by the user id of who recorded it
 * @param balanceAfterMinor the running balance after this entry (computed when read)
 */
public record FundEntry(String id, String shgId, FundEntryKind kind, long amountMinor, String note, Instant at,
		String by, long balanceAfterMinor) {

}
