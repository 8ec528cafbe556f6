package ladakh.crafts.marketplace.training.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One line of the stock register: so many units of an item moved from one holder to
 * another (the department's store, a centre), or into the register (a receipt) or out of
 * it (consumed at a centre). Lines are never changed once done; a mistake is put right by
 * another line.
 *
 * @param id the line's id, made where the move was entered: a move sent twice is one move
 * @param kind what kind of move
 * @param itemId the item
 * @param from the holder the units leave, {@code null} for a receipt
 * @param to the holder the units reach, {@code null} when consumed
 * @param quantity how many of the item's units, more than zero
 * @param reference the supplier's invoice or goods receipt note, the issue slip
 * @param reason why (consumption, a verification's discrepancy)
 * @param by who entered it
 * @param at when
 * @param state pending until both holders' balances have it, then done (or refused)
 */
public record StockMovement(String id, Kind kind, String itemId, String from, String to, long quantity,
		String reference, String reason, String by, Instant at, State state) {

	/** The department's store, where receipts arrive and issues leave from. */
	public static final String STORE = "store";

	/** The largest quantity one line may move (a typing slip, not a delivery). */
	static final long MOST = 1_000_000;

	/** The kinds of move, each with the holders it moves between. */
	public enum Kind {

		/** From a supplier into the department's store. */
		RECEIPT,
		/** From the store to a centre. */
		ISSUE,
		/** From a centre back to the store. */
		RETURN,
		/** From one centre to another. */
		TRANSFER,
		/** Used up at a centre (raw material made into products, a worn tool). */
		CONSUMPTION,
		/**
		 * A physical count found fewer units than the book: the difference written off.
		 */
		SHORTAGE,
		/** A physical count found more units than the book: the difference taken in. */
		SURPLUS

	}

	/** Where a line stands. */
	public enum State {

		PENDING, DONE, REFUSED

	}

	/**
	 * A new line, checked: the kind's holders, a quantity within bounds, a reference for
	 * a receipt, a reason for consumption.
	 * @throws Refusal INVALID with each field's problem
	 */
	public static StockMovement enter(String id, Kind kind, String itemId, String from, String to, long quantity,
			String reference, String reason, String by, Instant at) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		if (id == null || !id.matches("[A-Za-z0-9:_-]{8,80}")) {
			problems.add(new Refusal.FieldProblem("id", "stock.refused.id"));
		}
		if (itemId == null || itemId.isBlank()) {
			problems.add(new Refusal.FieldProblem("itemId", "stock.refused.item"));
		}
		if (quantity <= 0 || quantity > MOST) {
			problems.add(new Refusal.FieldProblem("quantity", "stock.refused.quantity"));
		}
		boolean holdersFit = switch (kind) {
			case RECEIPT -> from == null && STORE.equals(to);
			case ISSUE -> STORE.equals(from) && centre(to);
			case RETURN -> centre(from) && STORE.equals(to);
			case TRANSFER -> centre(from) && centre(to) && !from.equals(to);
			case CONSUMPTION, SHORTAGE -> present(from) && to == null;
			case SURPLUS -> from == null && present(to);
		};
		if (!holdersFit) {
			problems.add(new Refusal.FieldProblem("to", "stock.refused.holders"));
		}
		if (kind == Kind.RECEIPT && (reference == null || reference.isBlank())) {
			problems.add(new Refusal.FieldProblem("reference", "stock.refused.reference"));
		}
		if ((kind == Kind.CONSUMPTION || kind == Kind.SHORTAGE || kind == Kind.SURPLUS)
				&& (reason == null || reason.isBlank())) {
			problems.add(new Refusal.FieldProblem("reason", "stock.refused.reason"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("stock.refused.invalid", problems);
		}
		return new StockMovement(id, kind, itemId, from, to, quantity, trimmed(reference), trimmed(reason), by, at,
				State.PENDING);
	}

	/** The balance's key the units leave, or {@code null}. */
	String fromKey() {
		return (this.from != null) ? StockBalance.key(this.from, this.itemId) : null;
	}

	/** The balance's key the units reach, or {@code null}. */
	String toKey() {
		return (this.to != null) ? StockBalance.key(this.to, this.itemId) : null;
	}

	StockMovement in(State next) {
		return new StockMovement(this.id, this.kind, this.itemId, this.from, this.to, this.quantity, this.reference,
				this.reason, this.by, this.at, next);
	}

	private static boolean centre(String holder) {
		return present(holder) && !STORE.equals(holder);
	}

	private static boolean present(String holder) {
		return holder != null && !holder.isBlank();
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
