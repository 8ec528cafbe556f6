package ladakh.crafts.marketplace.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money: whole minor units (paise for rupees) with their currency. Every
 * amount in main code is one of these; only the JSON contract and the stored documents
 * spell it as {@code ...Minor} plus a currency code, and the repositories and API records
 * convert at that edge.
 * <p>
 * Arithmetic is exact and refuses to mix currencies or to overflow. {@link #parse} reads
 * what people type ("1250", "1,250.50", "₹ 1,250", "Rs. 1,25,000", Devanagari digits);
 * {@link #format} writes Indian grouping ({@code ₹1,20,000}, {@code ₹2,499.50}) for
 * English and Hindi alike: Hindi pages of the Government of India use the international
 * form of the digits (Article 343), so both languages read the same figure.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

	public static final Currency INR = Currency.getInstance("INR");

	public static final Money ZERO = new Money(0, INR);

	/** Rupees and the symbols people write before them; stripped before the digits. */
	private static final Pattern CURRENCY_MARKS = Pattern.compile("^(?:₹|rs\\.?|inr|रु\\.?|रुपये)\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Digits with en-IN or plain Western grouping, and up to any decimals (checked
	 * after).
	 */
	private static final Pattern TYPED_AMOUNT = Pattern
		.compile("\\d{1,3}(?:,\\d{2,3})*(?:\\.\\d*)?|\\d+(?:\\.\\d*)?|\\.\\d+");

	public Money {
		Objects.requireNonNull(currency, "currency");
		if (currency.getDefaultFractionDigits() != 2) {
			throw new IllegalArgumentException(currency + " does not have a hundredth minor unit");
		}
	}

	/** An amount of paise. */
	public static Money paise(long paise) {
		return new Money(paise, INR);
	}

	/** Whole rupees. */
	public static Money rupees(long rupees) {
		return new Money(Math.multiplyExact(rupees, 100L), INR);
	}

	/**
	 * Reads an amount from its minor units and ISO code, as stored and sent in JSON.
	 * @throws Refusal INVALID with {@code money.currency} for an unknown or unsupported
	 * code
	 */
	public static Money of(long minor, String currencyCode) {
		if (currencyCode == null || !INR.getCurrencyCode().equals(currencyCode.strip().toUpperCase(Locale.ROOT))) {
			throw Refusal.invalid("money.currency", String.valueOf(currencyCode));
		}
		return new Money(minor, INR);
	}

	/**
	 * Reads an amount of rupees as a person types it. A sign is refused: whether a figure
	 * may be negative is the caller's rule, and the forms never ask for one.
	 * @throws Refusal INVALID: {@code money.required} when blank,
	 * {@code money.unreadable} when it is not a figure, {@code money.tooPrecise} for more
	 * than two decimals, {@code money.tooLarge} beyond what the arithmetic can hold
	 */
	public static Money parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw Refusal.invalid("money.required");
		}
		String text = westernDigits(typed.strip().replace('\u00A0', ' '));
		text = CURRENCY_MARKS.matcher(text).replaceFirst("").strip();
		if (text.endsWith("/-")) {
			// "1,250/-" is how amounts are written on Indian forms and receipts.
			text = text.substring(0, text.length() - 2).strip();
		}
		if (!TYPED_AMOUNT.matcher(text).matches()) {
			throw Refusal.invalid("money.unreadable", typed.strip());
		}
		BigDecimal rupees = new BigDecimal(text.replace(",", ""));
		if (rupees.stripTrailingZeros().scale() > 2) {
			throw Refusal.invalid("money.tooPrecise", typed.strip());
		}
		try {
			return new Money(rupees.movePointRight(2).longValueExact(), INR);
		}
		catch (ArithmeticException ex) {
			throw Refusal.invalid("money.tooLarge", typed.strip());
		}
	}

	private static String westernDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> out.appendCodePoint((c >= '०' && c <= '९') ? '0' + (c - '०') : c));
		return out.toString();
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.minor, same(other).minor), this.currency);
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.minor, same(other).minor), this.currency);
	}

	public Money times(long quantity) {
		return new Money(Math.multiplyExact(this.minor, quantity), this.currency);
	}

	public Money negated() {
		return new Money(Math.negateExact(this.minor), this.currency);
	}

	/**
	 * This share of the amount, rounded half up to the minor unit (e.g. a commission).
	 */
	public Money percent(BigDecimal percent) {
		BigDecimal share = BigDecimal.valueOf(this.minor).multiply(percent).movePointLeft(2);
		return new Money(share.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(), this.currency);
	}

	public Money min(Money other) {
		return (compareTo(other) <= 0) ? this : other;
	}

	public boolean isZero() {
		return this.minor == 0;
	}

	public boolean isPositive() {
		return this.minor > 0;
	}

	public boolean isNegative() {
		return this.minor < 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public String currencyCode() {
		return this.currency.getCurrencyCode();
	}

	/** The amount in major units, exact, for a decimal field of a form or a report. */
	public BigDecimal toMajor() {
		return BigDecimal.valueOf(this.minor, 2);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.minor, same(other).minor);
	}

	/** {@code ₹1,20,000} or {@code ₹2,499.50} (and {@code -₹50}) in English and Hindi. */
	public String format(Locale locale) {
		return format();
	}

	/** As {@link #format(Locale)}: the figure is the same in both languages. */
	public String format() {
		boolean negative = this.minor < 0;
		// Long.MIN_VALUE cannot be negated; the unsigned string of its magnitude is
		// exact.
		String digits = negative ? Long.toUnsignedString(-this.minor) : Long.toString(this.minor);
		if (digits.length() < 3) {
			digits = "0".repeat(3 - digits.length()) + digits;
		}
		String whole = digits.substring(0, digits.length() - 2);
		String fraction = digits.substring(digits.length() - 2);
		StringBuilder out = new StringBuilder(negative ? "-" : "").append(symbol()).append(IndianDigits.grouped(whole));
		if (!"00".equals(fraction)) {
			out.append('.').append(fraction);
		}
		return out.toString();
	}

	private String symbol() {
		return INR.equals(this.currency) ? "\u20B9" : this.currency.getCurrencyCode() + " ";
	}

	private Money same(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"Cannot combine " + this.currency + " with " + other.currency + ": convert first");
		}
		return other;
	}

	@Override
	public String toString() {
		return this.currency.getCurrencyCode() + " " + toMajor().toPlainString();
	}

}
