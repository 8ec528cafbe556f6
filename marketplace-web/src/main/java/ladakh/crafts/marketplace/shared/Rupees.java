package ladakh.crafts.marketplace.shared;

/**
 * The templates' way to {@link Money#format() format} an amount: registered as the bean
 * {@code rupees}, so a page writes {@code ${@rupees.format(card.price)}}. Takes a
 * {@link Money} or, while views still carry them, a number of paise.
 */
public final class Rupees {

	public String format(Money amount) {
		return amount.format();
	}

	public String format(long paise) {
		return formatPaise(paise);
	}

	public static String formatPaise(long paise) {
		return Money.paise(paise).format();
	}

}
