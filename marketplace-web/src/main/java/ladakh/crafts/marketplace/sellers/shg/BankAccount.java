package ladakh.crafts.marketplace.sellers.shg;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An SHG's bank account as we keep it: the last four digits and the IFSC only. The full
 * number is checked, then dropped; it is never stored or logged.
 *
 * @param last4 the last four digits of the account number
 * @param ifsc the branch's IFSC, e.g. {@code SBIN0001234}
 */
public record BankAccount(String last4, String ifsc) {

	private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{9,18}");

	private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");

	public BankAccount {
		if (last4 == null || !last4.matches("\\d{4}")) {
			throw new IllegalArgumentException("last4 must be four digits");
		}
		if (ifsc == null || !IFSC.matcher(ifsc).matches()) {
			throw new IllegalArgumentException("Not an IFSC: " + ifsc);
		}
	}

	/** Keeps what may be kept of a full account number. */
	public static BankAccount masking(String accountNumber, String ifsc) {
		String digits = normaliseNumber(accountNumber);
		if (!isAccountNumber(digits)) {
			throw new IllegalArgumentException("An account number has 9 to 18 digits");
		}
		return new BankAccount(digits.substring(digits.length() - 4), normaliseIfsc(ifsc));
	}

	public static boolean isAccountNumber(String accountNumber) {
		return accountNumber != null && ACCOUNT_NUMBER.matcher(normaliseNumber(accountNumber)).matches();
	}

	public static boolean isIfsc(String ifsc) {
		return ifsc != null && IFSC.matcher(normaliseIfsc(ifsc)).matches();
	}

	/** How the account is shown: {@code XXXXXX1234}. */
	public String masked() {
		return "XXXXXX" + this.last4;
	}

	private static String normaliseNumber(String accountNumber) {
		return (accountNumber != null) ? accountNumber.replaceAll("[\\s-]", "") : "";
	}

	private static String normaliseIfsc(String ifsc) {
		return (ifsc != null) ? ifsc.trim().toUpperCase(Locale.ROOT) : "";
	}

}
