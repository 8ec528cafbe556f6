package ladakh.crafts.marketplace.treasury;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One cell of a financial year's payouts: a run's lines marked paid in one India-time
 * month, summed by the database.
 *
 * @param month e.g. {@code "2026-11"}, when the lines were marked paid
 * @param runId the payout run
 * @param amount what was paid out (refunds carried in already taken off)
 * @param lines how many sellers' lines (one per seller a run)
 */
public record PayoutCell(String month, String runId, Money amount, long lines) {

}
