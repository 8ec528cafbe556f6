package ladakh.crafts.marketplace.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a listing is in its life (see docs/decisions/0018). Every move is a
 * single-document update conditional on the current status.
 */
public enum ListingStatus {

	DRAFT, PENDING_REVIEW, PUBLISHED, PAUSED, SOLD_OUT, REMOVED;

	/** States a seller may pause from. */
	static final Set<ListingStatus> PAUSABLE = EnumSet.of(PUBLISHED, SOLD_OUT);

	/** States an officer may take a listing down from. */
	static final Set<ListingStatus> TAKE_DOWN_FROM = EnumSet.of(PENDING_REVIEW, PUBLISHED, PAUSED, SOLD_OUT);

	/** States a seller may delete from: anything still there. */
	static final Set<ListingStatus> DELETABLE = EnumSet.complementOf(EnumSet.of(REMOVED));

}
