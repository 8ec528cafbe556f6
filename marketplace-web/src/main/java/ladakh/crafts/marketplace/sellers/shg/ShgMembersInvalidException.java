package ladakh.crafts.marketplace.sellers.shg;

import java.util.List;

/**
 * Some member ids name no artisan.
 */
public class ShgMembersInvalidException extends RuntimeException {

	private final List<String> unknownIds;

	ShgMembersInvalidException(List<String> unknownIds) {
		super("Not artisans: " + unknownIds);
		this.unknownIds = List.copyOf(unknownIds);
	}

	public List<String> unknownIds() {
		return this.unknownIds;
	}

}
