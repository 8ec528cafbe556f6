package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A deposit into the government treasury, as recorded from its challan: the e-challan's
 * GRN (or the paper challan's number) is its key, so the same challan is stored once.
 * {@code allocated} is what its allocations to centres' receipts add up to; it never
 * exceeds {@code amount} (the repository's update is conditional on it).
 *
 * @param id {@code dep-} and the GRN as keyed ({@link #keyOf})
 * @param grn the challan or e-challan (GRN) number as written
 * @param challanDate the day on the challan
 * @param branch the treasury or bank branch
 * @param headOfAccount the head of account the money was credited to
 * @param amount more than zero
 * @param depositor who paid it in
 * @param scanId the challan scan's id in the {@code challan_scans} bucket
 * @param scanType its media type
 * @param allocated what its allocations add up to
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (a user id)
 */
public record Deposit(String id, String grn, LocalDate challanDate, String branch, String headOfAccount, Money amount,
		String depositor, String scanId, String scanType, Money allocated, Instant recordedAt, String recordedBy) {

	/** The unique key of a GRN: upper case, without spaces, slashes or dashes. */
	public static String keyOf(String grn) {
		return "dep-" + grn.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	public Money unallocated() {
		return this.amount.minus(this.allocated);
	}

	public boolean nothingAllocated() {
		return this.allocated.isZero();
	}

	public boolean fullyAllocated() {
		return this.allocated.equals(this.amount);
	}

	/**
	 * Whether a deposit submitted again is this one (the same challan sent twice) rather
	 * than another deposit under a used GRN.
	 */
	public boolean sameChallanAs(Deposit other) {
		return this.id.equals(other.id) && this.challanDate.equals(other.challanDate)
				&& this.amount.equals(other.amount) && this.headOfAccount.equalsIgnoreCase(other.headOfAccount);
	}

	/**
	 * Refuses an allocation larger than what is left of this deposit.
	 * @throws Refusal INVALID at {@code amount}
	 */
	public void checkAllocation(Money asked) {
		if (!asked.isPositive()) {
			throw Refusal.invalid("treasury.allocation.amountPositive").at("amount");
		}
		if (asked.isGreaterThan(unallocated())) {
			throw Refusal.invalid("treasury.allocation.overDeposit", unallocated().format()).at("amount");
		}
	}

}
