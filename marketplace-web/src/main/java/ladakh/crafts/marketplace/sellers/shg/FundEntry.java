package ladakh.crafts.marketplace.sellers.shg;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One line of an SHG's revolving fund ledger (append-only).
 *
 * @param id the entry id
 * @param shgId the SHG
 * @param kind grant, repayment or utilisation
 * @param amount the amount, always positive
 * @param note what it was for
 * @param at when it was recorded
 * @param by the user id of who recorded it
 * @param balanceAfter the running balance after this entry (computed when read)
 */
public record FundEntry(String id, String shgId, FundEntryKind kind, Money amount, String note, Instant at, String by,
		Money balanceAfter) {

}
