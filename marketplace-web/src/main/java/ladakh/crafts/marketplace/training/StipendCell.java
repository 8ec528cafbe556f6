package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One cell of a financial year's paid stipends: the paid lines of one month and one
 * batch, summed by the database, with the batch's centre and that centre's scheme. The
 * reports area folds the cells into each breakdown, so every breakdown adds up to the
 * year.
 *
 * @param month e.g. {@code "2026-11"}: the month the stipend is for
 * @param centreId the batch's centre, or null when the batch is not on record
 * @param scheme the centre's scheme, or null when not known
 * @param amount what was paid, corrections with their sign
 * @param traineeMonths the trainees paid for the month in the batch
 * @param lines how many paid lines
 */
public record StipendCell(String month, String centreId, String scheme, Money amount, long traineeMonths, long lines) {

}
