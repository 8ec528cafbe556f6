package ladakh.crafts.marketplace.sellers.shg;

import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Some member ids name no artisan.
 */
public class ShgMembersInvalidException extends Refusal {

	private final List<String> unknownIds;

	ShgMembersInvalidException(List<String> unknownIds) {
		super(Kind.INVALID, "shg.form.memberIds.unknown", "memberIds");
		this.unknownIds = List.copyOf(unknownIds);
	}

	public List<String> unknownIds() {
		return this.unknownIds;
	}

}
