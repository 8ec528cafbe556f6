package ladakh.crafts.marketplace.sellers.shg;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * No SHG with this id.
 */
public class ShgNotFoundException extends Refusal {

	ShgNotFoundException(String shgId) {
		super(Kind.NOT_FOUND, "shg.refused.notFound", null, shgId);
	}

}
