package ladakh.crafts.marketplace.orders;

import java.util.Arrays;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * An order that cannot be placed as asked, for a reason the buyer can act on. It carries
 * a message code and its arguments, so each edge says it in the buyer's language; a title
 * among the arguments is given in both languages.
 */
public class CheckoutRefused extends RuntimeException {

	private final String field;

	private final String code;

	private final Object[] arguments;

	/**
	 * @param field the field the buyer should change, or {@code null}
	 * @param code the message code, e.g. {@code checkout.refused.emptyCart}
	 * @param arguments the message's arguments ({@link LocalizedText} ones are put in the
	 * reader's language)
	 */
	public CheckoutRefused(String field, String code, Object... arguments) {
		super(code);
		this.field = field;
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The field the buyer should change, or null. */
	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	/** The arguments for a reader of this language. */
	public Object[] arguments(Locale locale) {
		return Arrays.stream(this.arguments)
			.map((argument) -> (argument instanceof LocalizedText text) ? text.in(locale) : argument)
			.toArray();
	}

}
