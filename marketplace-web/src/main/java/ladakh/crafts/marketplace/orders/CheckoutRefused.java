package ladakh.crafts.marketplace.orders;

import java.util.Arrays;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * An order that cannot be placed as asked, for a reason the buyer can act on. It carries
 * a message code and its arguments, so each edge says it in the buyer's language; a title
 * among the arguments is given in both languages.
 */
public class CheckoutRefused extends Refusal {

	/**
	 * @param field the field the buyer should change (the refusal is then INVALID), or
	 * {@code null} (a CONFLICT with the cart or the buyer's holds)
	 * @param code the message code, e.g. {@code checkout.refused.emptyCart}
	 * @param arguments the message's arguments ({@link LocalizedText} ones are put in the
	 * reader's language)
	 */
	public CheckoutRefused(String field, String code, Object... arguments) {
		this((field != null) ? Kind.INVALID : Kind.CONFLICT, field, code, arguments);
	}

	protected CheckoutRefused(Kind kind, String field, String code, Object... arguments) {
		super(kind, code, field, arguments);
	}

	public String code() {
		return messageKey();
	}

	/** The arguments for a reader of this language. */
	public Object[] arguments(Locale locale) {
		return Arrays.stream(arguments())
			.map((argument) -> (argument instanceof LocalizedText text) ? text.in(locale) : argument)
			.toArray();
	}

}
