package ladakh.crafts.marketplace.orders;

/**
 * Too many checkout attempts from one account or one client address within the hour
 * (429): the buyer can try again later.
 */
public class CheckoutLimited extends CheckoutRefused {

	public CheckoutLimited() {
		super(Kind.TOO_MANY, null, "checkout.refused.tooManyAttempts");
	}

}
