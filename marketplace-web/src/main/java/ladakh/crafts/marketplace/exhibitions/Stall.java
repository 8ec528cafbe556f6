package ladakh.crafts.marketplace.exhibitions;

import java.util.Objects;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One stall of a plan. Lengths are whole decimetres (a 2.5 m stall is 25), so a plan is
 * exact and compares equal after a round trip through the store.
 *
 * @param number e.g. {@code A-12}: letters, digits and dashes, unique in the plan
 * @param kind what it is for
 * @param widthDm width along the aisle
 * @param depthDm depth
 * @param fee the stall fee for the exhibition
 * @param xDm left edge on the floor plan
 * @param yDm top edge on the floor plan
 * @param reservedFor the category it is kept for, or null for an open stall
 */
public record Stall(String number, StallKind kind, int widthDm, int depthDm, Money fee, int xDm, int yDm,
		ReservedCategory reservedFor) {

	/** Stall numbers people can read out: {@code 12}, {@code A-12}, {@code HL-3}. */
	static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,6}){0,2}");

	/** A stall of more than 20 m a side or a plan beyond 1 km is a typing mistake. */
	static final int MAX_SIDE_DM = 200;

	static final int MAX_POSITION_DM = 10_000;

	public Stall {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(fee, "fee");
		if (number == null || !NUMBER.matcher(number).matches()) {
			throw Refusal.invalid("exhibitions.stall.number").at("number");
		}
		if (widthDm < 1 || depthDm < 1 || widthDm > MAX_SIDE_DM || depthDm > MAX_SIDE_DM) {
			throw Refusal.invalid("exhibitions.stall.size").at("size");
		}
		if (fee.isNegative()) {
			throw Refusal.invalid("exhibitions.stall.fee").at("fee");
		}
		if (xDm < 0 || yDm < 0 || xDm > MAX_POSITION_DM || yDm > MAX_POSITION_DM) {
			throw Refusal.invalid("exhibitions.stall.position").at("position");
		}
	}

	/** Whether the stall is at least this size, either way round. */
	public boolean fits(int wantedWidthDm, int wantedDepthDm) {
		return (this.widthDm >= wantedWidthDm && this.depthDm >= wantedDepthDm)
				|| (this.widthDm >= wantedDepthDm && this.depthDm >= wantedWidthDm);
	}

	boolean reserved() {
		return this.reservedFor != null;
	}

}
