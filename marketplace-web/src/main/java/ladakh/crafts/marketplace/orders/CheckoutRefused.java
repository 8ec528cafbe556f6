package ladakh.crafts.marketplace.orders;

/**
 * Checkout cannot go ahead as asked (an empty cart, a listing not on sale, a payment
 * method not offered, a checkout that did not finish).
 */
public class CheckoutRefused extends RuntimeException {

	private final String field;

	public CheckoutRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field the buyer should change, or null. */
	public String field() {
		return this.field;
	}

}
