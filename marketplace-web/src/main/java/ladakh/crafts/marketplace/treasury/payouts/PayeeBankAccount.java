package ladakh.crafts.marketplace.treasury.payouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Where a seller is paid: the beneficiary's name, the full account number and the IFSC.
 * Kept by the treasury alone (collection {@code payout_bank_accounts}, read by ACCOUNTS
 * and ADMIN only); the sellers' records keep no full account number (an SHG's form keeps
 * the last four digits only).
 */
public record PayeeBankAccount(String sellerId, String beneficiary, String accountNumber, String ifsc) {

	/**
	 * Checks what was typed; every problem beside its field.
	 * @param sellerId the seller found by the registration number typed, or null when no
	 * seller holds it
	 */
	public static PayeeBankAccount typed(String sellerId, String beneficiary, String accountNumber, String ifsc) {
		String name = (beneficiary != null) ? beneficiary.strip() : "";
		String number = (accountNumber != null) ? accountNumber.replaceAll("[\\s-]", "") : "";
		String code = (ifsc != null) ? ifsc.strip().toUpperCase(Locale.ROOT) : "";
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		if (sellerId == null || sellerId.isBlank()) {
			problems.add(new Refusal.FieldProblem("registrationNumber", "payouts.error.registration"));
		}
		if (name.isEmpty() || name.length() > 35 || name.contains(",") || name.contains("\"")) {
			problems.add(new Refusal.FieldProblem("beneficiary", "payouts.error.beneficiary"));
		}
		if (!number.matches("\\d{9,18}")) {
			problems.add(new Refusal.FieldProblem("accountNumber", "payouts.error.account"));
		}
		if (!code.matches("[A-Z]{4}0[A-Z0-9]{6}")) {
			problems.add(new Refusal.FieldProblem("ifsc", "payouts.error.ifsc"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("payouts.error.bank", problems);
		}
		return new PayeeBankAccount(sellerId.strip(), name, number, code);
	}

	/** As shown on pages: the last four digits only. */
	public String masked() {
		return "XXXXXX" + this.accountNumber.substring(this.accountNumber.length() - 4);
	}

}
