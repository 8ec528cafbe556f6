package ladakh.crafts.marketplace.orders;

import java.util.LinkedHashMap;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A line of the cart could not be reserved: the order was not placed. The client learns
 * which listing ran out ({@code listingId}, {@code title}).
 */
public class OutOfStock extends Refusal {

	private final String listingId;

	private final String title;

	public OutOfStock(String listingId, String title) {
		super(Kind.CONFLICT, "checkout.refused.outOfStock", null, new Object[] { title }, facts(listingId, title));
		this.listingId = listingId;
		this.title = title;
	}

	private static Map<String, Object> facts(String listingId, String title) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("listingId", listingId);
		facts.put("title", title);
		return facts;
	}

	public String listingId() {
		return this.listingId;
	}

	public String title() {
		return this.title;
	}

}
