package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A payout run (docs/decisions/0069): the seller-payee ledger lines claimed up to a day,
 * summed per seller. It decides its own moves; {@link PayoutRunRepository} stores a move
 * only while the stored run is still in the status this one was read in.
 *
 * @param id the run's id
 * @param upTo the last day (India time) whose lines it may include
 * @param threshold the least balance a seller needs to be included
 * @param status where it is
 * @param total what it pays, all sellers
 * @param sellers how many sellers it pays
 * @param preparedBy who prepared it
 * @param preparedAt when
 * @param movedBy who made the last move
 * @param movedAt when
 */
public record PayoutRun(String id, LocalDate upTo, Money threshold, PayoutStatus status, Money total, int sellers,
		String preparedBy, Instant preparedAt, String movedBy, Instant movedAt) {

	/** Reviewed: the figures were checked by a person; only a prepared run. */
	public PayoutRun review(String by, Instant at) {
		return move(PayoutStatus.PREPARED, PayoutStatus.REVIEWED, by, at);
	}

	/** Exported to the bank as a bulk-payment file; only a reviewed run. */
	public PayoutRun export(String by, Instant at) {
		return move(PayoutStatus.REVIEWED, PayoutStatus.EXPORTED, by, at);
	}

	/** Every seller's line is paid; only an exported run. */
	public PayoutRun paid(String by, Instant at) {
		return move(PayoutStatus.EXPORTED, PayoutStatus.PAID, by, at);
	}

	/** Cancelled before export: its claims are released. */
	public PayoutRun cancel(String by, Instant at) {
		if (this.status != PayoutStatus.PREPARED && this.status != PayoutStatus.REVIEWED) {
			throw Refusal.conflict("payouts.refused.move", this.status.name());
		}
		return with(PayoutStatus.CANCELLED, by, at);
	}

	/** Lines may be marked paid only once the file went to the bank. */
	public void checkPayable() {
		if (this.status != PayoutStatus.EXPORTED && this.status != PayoutStatus.PAID) {
			throw Refusal.conflict("payouts.refused.notExported", this.status.name());
		}
	}

	/** The bank file is made of a reviewed run (and again of an exported one). */
	public void checkExportable() {
		if (this.status != PayoutStatus.REVIEWED && this.status != PayoutStatus.EXPORTED
				&& this.status != PayoutStatus.PAID) {
			throw Refusal.conflict("payouts.refused.notReviewed", this.status.name());
		}
	}

	private PayoutRun move(PayoutStatus from, PayoutStatus to, String by, Instant at) {
		if (this.status != from) {
			throw Refusal.conflict("payouts.refused.move", this.status.name());
		}
		return with(to, by, at);
	}

	private PayoutRun with(PayoutStatus to, String by, Instant at) {
		return new PayoutRun(this.id, this.upTo, this.threshold, to, this.total, this.sellers, this.preparedBy,
				this.preparedAt, by, at);
	}

}
