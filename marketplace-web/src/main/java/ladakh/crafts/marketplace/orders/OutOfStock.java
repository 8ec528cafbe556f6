package ladakh.crafts.marketplace.orders;

/** A line of the cart could not be reserved: the order was not placed. */
public class OutOfStock extends RuntimeException {

	private final String listingId;

	private final String title;

	public OutOfStock(String listingId, String title) {
		super("Not enough stock left of " + title);
		this.listingId = listingId;
		this.title = title;
	}

	public String listingId() {
		return this.listingId;
	}

	public String title() {
		return this.title;
	}

}
