package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One stall of an exhibition after the draw (a {@code stall_allocations} document, id
 * {@code <exhibitionId>:<stallNumber>}): offered to a seller with its fee due by a day,
 * confirmed by the fee's payment, or without a holder (expired unpaid, given up, or taken
 * back by an officer) until it is offered again. It decides its moves;
 * {@link StallAllocationRepository} stores each one only at the version and status it was
 * read at, so of a payment and an expiry racing for the same offer exactly one is stored
 * (docs/decisions/0054).
 *
 * @param exhibitionId the exhibition
 * @param stallNumber the stall
 * @param kind the stall's kind
 * @param widthDm its width
 * @param depthDm its depth
 * @param fee the stall fee
 * @param sellerId who holds it (offered or confirmed), or null
 * @param crafts what the holder shows there
 * @param status where it stands
 * @param dueOn the last day to pay the fee (India time), or null once confirmed before
 * fees were kept
 * @param payment the fee's payment, once confirmed
 * @param lastSellerId who held it before it lost its holder, or null
 * @param version bumped by every stored move
 */
public record StallAllocation(String exhibitionId, String stallNumber, StallKind kind, int widthDm, int depthDm,
		Money fee, String sellerId, java.util.List<String> crafts, Status status, LocalDate dueOn, FeePayment payment,
		String lastSellerId, long version) {

	public StallAllocation {
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(stallNumber, "stallNumber");
		Objects.requireNonNull(status, "status");
		crafts = (crafts != null) ? java.util.List.copyOf(crafts) : java.util.List.of();
		if (status.held() != (sellerId != null)) {
			throw new IllegalArgumentException("a held stall has a seller, a free one none: " + status);
		}
	}

	/** A stall offered to a seller with its fee due by a day. */
	public static StallAllocation offered(String exhibitionId, Stall stall, String sellerId,
			java.util.List<String> crafts, LocalDate dueOn) {
		return new StallAllocation(exhibitionId, stall.number(), stall.kind(), stall.widthDm(), stall.depthDm(),
				stall.fee(), sellerId, crafts, Status.OFFERED, dueOn, null, null, 0);
	}

	/**
	 * A stall of the plan nobody has been given (no document yet): version -1, so the
	 * first move is inserted.
	 */
	public static StallAllocation unheld(String exhibitionId, Stall stall) {
		return new StallAllocation(exhibitionId, stall.number(), stall.kind(), stall.widthDm(), stall.depthDm(),
				stall.fee(), null, null, Status.FREED, null, null, null, -1);
	}

	/** Whether no document holds this stall yet. */
	public boolean unwritten() {
		return this.version < 0;
	}

	public String id() {
		return this.exhibitionId + ":" + this.stallNumber;
	}

	/**
	 * The fee paid by the seller it was offered to: the stall is theirs. A payment made
	 * after the due day, or for an offer that has expired (and may have gone to the next
	 * seller), is refused, never kept.
	 */
	public StallAllocation confirm(FeePayment paid, String forSeller, LocalDate today) {
		if (this.status == Status.CONFIRMED && this.sellerId.equals(forSeller)) {
			throw Refusal.conflict("exhibitions.fee.alreadyPaid", this.stallNumber);
		}
		if (this.status != Status.OFFERED || !this.sellerId.equals(forSeller)) {
			throw Refusal.conflict("exhibitions.fee.lapsed", this.stallNumber);
		}
		if (paid.paidOn().isAfter(today)) {
			throw Refusal.invalid("exhibitions.fee.paidOnFuture").at("paidOn");
		}
		if (this.dueOn != null && paid.paidOn().isAfter(this.dueOn)) {
			throw Refusal.conflict("exhibitions.fee.late", this.stallNumber);
		}
		return next(Status.CONFIRMED, this.sellerId, this.crafts, this.dueOn, paid, this.lastSellerId);
	}

	/** The fee unpaid after its day: the stall loses its holder, to be offered again. */
	public StallAllocation expire(LocalDate today) {
		if (this.status != Status.OFFERED || this.dueOn == null || !today.isAfter(this.dueOn)) {
			throw Refusal.conflict("exhibitions.fee.notDue", this.stallNumber);
		}
		return next(Status.EXPIRED, null, java.util.List.of(), this.dueOn, null, this.sellerId);
	}

	/** The holder gives the stall up (before the exhibition begins). */
	public StallAllocation giveUp(String by) {
		if (!this.status.held() || !this.sellerId.equals(by)) {
			throw Refusal.conflict("exhibitions.stall.notHeld", this.stallNumber);
		}
		return next(Status.GIVEN_UP, null, java.util.List.of(), this.dueOn, null, this.sellerId);
	}

	/** An officer takes the stall back from its holder. */
	public StallAllocation takeBack() {
		if (!this.status.held()) {
			throw Refusal.conflict("exhibitions.stall.notHeld", this.stallNumber);
		}
		return next(Status.FREED, null, java.util.List.of(), this.dueOn, null, this.sellerId);
	}

	/** A stall without a holder offered to a seller, with a new due day. */
	public StallAllocation offerTo(String seller, java.util.List<String> showing, LocalDate newDueOn) {
		if (this.status.held()) {
			throw Refusal.conflict("exhibitions.stall.taken", this.stallNumber);
		}
		return next(Status.OFFERED, seller, showing, newDueOn, null, this.lastSellerId);
	}

	/**
	 * An officer moves a holder here from another stall: they keep what they had there
	 * (offer, due day, payment).
	 */
	public StallAllocation receive(StallAllocation from) {
		if (this.status.held()) {
			throw Refusal.conflict("exhibitions.stall.taken", this.stallNumber);
		}
		if (!from.status().held()) {
			throw Refusal.conflict("exhibitions.stall.notHeld", from.stallNumber());
		}
		return next(from.status(), from.sellerId(), from.crafts(), from.dueOn(), from.payment(), this.lastSellerId);
	}

	/** Whether a seller's need fits this stall: its kind, and at least the size asked. */
	public boolean fits(StallKind wanted, int wantedWidthDm, int wantedDepthDm) {
		return this.kind == wanted && ((this.widthDm >= wantedWidthDm && this.depthDm >= wantedDepthDm)
				|| (this.widthDm >= wantedDepthDm && this.depthDm >= wantedWidthDm));
	}

	private StallAllocation next(Status to, String seller, java.util.List<String> showing, LocalDate due,
			FeePayment paid, String last) {
		return new StallAllocation(this.exhibitionId, this.stallNumber, this.kind, this.widthDm, this.depthDm, this.fee,
				seller, showing, to, due, paid, last, this.version + 1);
	}

	/**
	 * A stall fee paid.
	 *
	 * @param reference the bank's UTR, the receipt number or the gateway's payment id
	 * @param method how it was paid
	 * @param paidOn the day it was paid (India time)
	 * @param recordedBy the user who recorded it
	 */
	public record FeePayment(String reference, String method, LocalDate paidOn, String recordedBy) {

		/**
		 * UTRs are 12–22 characters, receipts shorter: letters, digits, dashes, slashes.
		 */
		static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[A-Za-z0-9/_-]{4,40}");

		public FeePayment {
			Objects.requireNonNull(method, "method");
			Objects.requireNonNull(recordedBy, "recordedBy");
			if (reference == null || !REFERENCE.matcher(reference).matches()) {
				throw Refusal.invalid("exhibitions.fee.reference").at("reference");
			}
			if (paidOn == null) {
				throw Refusal.invalid("exhibitions.fee.paidOn").at("paidOn");
			}
		}

	}

	/** Where a stall stands after the draw. */
	public enum Status {

		/** Offered to a seller; the fee is due by {@code dueOn}. */
		OFFERED,
		/** The fee is paid. */
		CONFIRMED,
		/** The fee was not paid by its day. */
		EXPIRED,
		/** The holder gave it up. */
		GIVEN_UP,
		/** An officer took it back. */
		FREED;

		public boolean held() {
			return this == OFFERED || this == CONFIRMED;
		}

	}

}
