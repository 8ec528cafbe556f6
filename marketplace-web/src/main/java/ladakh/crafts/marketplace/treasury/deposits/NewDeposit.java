package ladakh.crafts.marketplace.treasury.deposits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A deposit as typed on the form or sent to the API, checked field by field: every
 * problem is given beside its field at once.
 */
public record NewDeposit(String grn, LocalDate challanDate, String branch, String headOfAccount, Money amount,
		String depositor) {

	private static final Pattern GRN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /-]{3,39}");

	private static final int TEXT_MAX = 120;

	/**
	 * Reads the typed fields.
	 * @param today India's today: a challan is not dated in the future
	 * @throws Refusal INVALID with one problem per field at fault
	 */
	public static NewDeposit read(String grn, String date, String branch, String head, String amount, String depositor,
			LocalDate today) {
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		String cleanGrn = trim(grn);
		if (cleanGrn.isEmpty() || !GRN.matcher(cleanGrn).matches()) {
			problems.add(new Refusal.FieldProblem("grn", "treasury.deposit.grnInvalid"));
		}
		LocalDate day = null;
		try {
			day = LocalDate.parse(trim(date));
			if (day.isAfter(today) || day.isBefore(LocalDate.of(2000, 1, 1))) {
				problems.add(new Refusal.FieldProblem("challanDate", "treasury.deposit.dateRange"));
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(new Refusal.FieldProblem("challanDate", "treasury.deposit.dateInvalid"));
		}
		text(branch, "branch", problems);
		text(head, "headOfAccount", problems);
		text(depositor, "depositor", problems);
		Money money = null;
		try {
			money = Money.parse(amount);
			if (!money.isPositive()) {
				problems.add(new Refusal.FieldProblem("amount", "treasury.deposit.amountPositive"));
			}
		}
		catch (Refusal ex) {
			problems.add(new Refusal.FieldProblem("amount", ex.messageKey(), ex.arguments()));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("treasury.deposit.invalid", problems);
		}
		return new NewDeposit(cleanGrn, day, trim(branch), trim(head), money, trim(depositor));
	}

	private static void text(String value, String field, List<Refusal.FieldProblem> problems) {
		String clean = trim(value);
		if (clean.isEmpty() || clean.length() > TEXT_MAX) {
			problems.add(new Refusal.FieldProblem(field, "treasury.deposit." + field + "Required"));
		}
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : "";
	}

}
