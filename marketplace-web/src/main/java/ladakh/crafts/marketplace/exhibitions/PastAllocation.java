package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stall a seller had at an earlier exhibition: what rotation and first-time
 * participation are counted from.
 *
 * @param sellerId the seller
 * @param exhibitionId the exhibition
 * @param endsOn its last day
 */
public record PastAllocation(String sellerId, String exhibitionId, LocalDate endsOn) {

	public PastAllocation {
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(exhibitionId, "exhibitionId");
		Objects.requireNonNull(endsOn, "endsOn");
	}

}
