package ladakh.crafts.marketplace.exhibitions;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A seller's application as the allocation reads it (the stored application is
 * {@link StallApplication}): the stall kind wanted and the reserved categories the
 * officer verified (first-time participation is derived from the history, never
 * declared).
 *
 * @param sellerId the seller
 * @param kind the stall kind wanted
 * @param categories verified categories, without {@link ReservedCategory#FIRST_TIME}
 * @param crafts the crafts they will show (slugs), for the participants list
 * @param widthDm the width asked for in decimetres (0: any stall of the kind)
 * @param depthDm the depth asked for in decimetres (0: any stall of the kind)
 */
public record Applicant(String sellerId, StallKind kind, Set<ReservedCategory> categories, List<String> crafts,
		int widthDm, int depthDm) {

	public Applicant {
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(kind, "kind");
		categories = (categories == null || categories.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
		if (categories.contains(ReservedCategory.FIRST_TIME)) {
			throw new IllegalArgumentException("first-time participation comes from the history");
		}
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
		if (widthDm < 0 || depthDm < 0) {
			throw new IllegalArgumentException("a size is not negative");
		}
	}

	/**
	 * An application for any stall of its kind (records drawn before sizes were kept).
	 */
	public Applicant(String sellerId, StallKind kind, Set<ReservedCategory> categories, List<String> crafts) {
		this(sellerId, kind, categories, crafts, 0, 0);
	}

	public Applicant(String sellerId, StallKind kind, Set<ReservedCategory> categories) {
		this(sellerId, kind, categories, List.of());
	}

}
