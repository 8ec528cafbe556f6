package ladakh.crafts.marketplace.exhibitions;

import java.util.List;
import java.util.Objects;

/**
 * A seller on an exhibition's waitlist, in the order the draw's policy ranked them
 * (docs/decisions/0052), with the stall they asked for.
 *
 * @param exhibitionId the exhibition
 * @param sellerId the seller
 * @param position 1 for the first to be offered a freed stall
 * @param kind the stall kind wanted
 * @param widthDm the width asked for
 * @param depthDm the depth asked for
 * @param crafts what they will show
 * @param offeredStall the stall offered to them from the waitlist, or null while waiting
 */
public record Waiting(String exhibitionId, String sellerId, int position, StallKind kind, int widthDm, int depthDm,
		List<String> crafts, String offeredStall) {

	public Waiting {
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(kind, "kind");
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

	public String id() {
		return this.exhibitionId + ":" + this.sellerId;
	}

	public boolean waiting() {
		return this.offeredStall == null;
	}

}
