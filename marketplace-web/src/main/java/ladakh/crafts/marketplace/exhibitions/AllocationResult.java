package ladakh.crafts.marketplace.exhibitions;

import java.util.List;
import java.util.Objects;

/**
 * What a draw gave: the stalls placed, the waitlist in the order it is served, and the
 * draw itself (every input and the seed), so the result can be checked by running it
 * again.
 *
 * @param policy the policy's name and version ({@value AllocationPolicy#NAME})
 * @param draw the inputs
 * @param placements one per allocated stall, in the order they were made
 * @param waitlist the applicants without a stall, first to be offered a freed stall first
 */
public record AllocationResult(String policy, AllocationDraw draw, List<Placement> placements,
		List<WaitlistEntry> waitlist) {

	public AllocationResult {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(draw, "draw");
		placements = List.copyOf(placements);
		waitlist = List.copyOf(waitlist);
	}

	/**
	 * A stall given to a seller.
	 *
	 * @param stallNumber the stall
	 * @param sellerId the seller
	 * @param kind the stall's kind
	 * @param reservedFor the category it was given under, or null in the open round
	 * @param rank the seller's place in the rotation and lottery order (1 first)
	 * @param recentStalls the seller's stalls in the three years before the draw
	 * @param lotteryTicket the seller's ticket: SHA-256 of the seed and the seller id
	 */
	public record Placement(String stallNumber, String sellerId, StallKind kind, ReservedCategory reservedFor, int rank,
			int recentStalls, String lotteryTicket) {

	}

	/**
	 * A seller waiting for a stall of their kind.
	 *
	 * @param position 1 for the first to be offered a freed stall
	 * @param sellerId the seller
	 * @param kind the stall kind wanted
	 * @param rank the seller's place in the rotation and lottery order
	 * @param recentStalls the seller's stalls in the three years before the draw
	 * @param lotteryTicket the seller's ticket
	 */
	public record WaitlistEntry(int position, String sellerId, StallKind kind, int rank, int recentStalls,
			String lotteryTicket) {

	}

}
