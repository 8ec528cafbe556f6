package ladakh.crafts.marketplace.training;

import java.time.Instant;
import java.time.YearMonth;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A line of the stipend register: a trainee's stipend for a month as computed (once), or
 * a correction of it (a separate line with its reason; the computed line is never
 * changed). A line is computed, then approved by an officer, then recorded as paid with
 * the bank's or the DBT reference.
 *
 * @param id {@code <trainee>:<yyyy-MM>} for the month's line,
 * {@code <trainee>:<yyyy-MM>:c<n>} for a correction
 * @param traineeId whose
 * @param batchId the batch the trainee was in
 * @param month the month
 * @param stipend the computation (days and rates), for the month's line
 * @param amount what is paid (a correction's may be negative)
 * @param reason a correction's reason
 * @param state where the line stands
 * @param approvedBy the officer who approved it
 * @param paymentReference the bank's or DBT reference once paid
 * @param at when the line was made
 */
public record StipendLine(String id, String traineeId, String batchId, YearMonth month, StipendRule.Stipend stipend,
		Money amount, String reason, State state, String approvedBy, String paymentReference, Instant at) {

	/** Where a line stands. */
	public enum State {

		COMPUTED, APPROVED, PAID

	}

	static String monthId(String traineeId, YearMonth month) {
		return traineeId + ":" + month;
	}

	static StipendLine computed(String traineeId, String batchId, StipendRule.Stipend stipend, Instant at) {
		return new StipendLine(monthId(traineeId, stipend.month()), traineeId, batchId, stipend.month(), stipend,
				stipend.amount(), null, State.COMPUTED, null, null, at);
	}

	static StipendLine correction(StipendLine of, int number, Money change, String reason, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("training.stipend.refused.reason",
					java.util.List.of(new Refusal.FieldProblem("reason", "training.stipend.refused.reason")));
		}
		if (change.isZero()) {
			throw Refusal.invalid("training.stipend.refused.change",
					java.util.List.of(new Refusal.FieldProblem("amount", "training.stipend.refused.change")));
		}
		return new StipendLine(of.id() + ":c" + number, of.traineeId(), of.batchId(), of.month(), null, change,
				reason.strip(), State.COMPUTED, null, null, at);
	}

	/** An officer approves a computed line. */
	StipendLine approve(String officer) {
		if (this.state != State.COMPUTED) {
			throw Refusal.conflict("training.stipend.refused.notComputed");
		}
		return new StipendLine(this.id, this.traineeId, this.batchId, this.month, this.stipend, this.amount,
				this.reason, State.APPROVED, officer, null, this.at);
	}

	/** An approved line is recorded as paid with its reference. */
	StipendLine paid(String reference) {
		if (this.state != State.APPROVED) {
			throw Refusal.conflict("training.stipend.refused.notApproved");
		}
		if (reference == null || !reference.strip().matches("[A-Za-z0-9/-]{6,40}")) {
			throw Refusal.invalid("training.stipend.refused.reference",
					java.util.List.of(new Refusal.FieldProblem("reference", "training.stipend.refused.reference")));
		}
		return new StipendLine(this.id, this.traineeId, this.batchId, this.month, this.stipend, this.amount,
				this.reason, State.PAID, this.approvedBy, reference.strip(), this.at);
	}

}
