package ladakh.crafts.marketplace.exhibitions;

import java.util.List;

/**
 * Who has a stall at an exhibition.
 *
 * @param stallNumber the stall
 * @param sellerId the seller
 * @param crafts the crafts they show there (slugs), possibly none recorded
 */
public record StallHolder(String stallNumber, String sellerId, List<String> crafts) {

	public StallHolder {
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

}
