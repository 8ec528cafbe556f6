package ladakh.crafts.marketplace.treasury.payouts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;

/**
 * A run's bank bulk-payment file (docs/decisions/0069): one row per seller line with a
 * bank account and a positive amount, columns {@code beneficiary_name, account_number,
 * ifsc, amount, narration} (amount in rupees with two decimals). Lines without a bank
 * account (or not positive) are held back with the reason, never exported.
 */
public record BankFile(PayoutRun run, List<Row> rows, List<Held> held) {

	public static final String HEADER = "beneficiary_name,account_number,ifsc,amount,narration";

	static BankFile of(PayoutRun run, List<PayoutLine> lines, Map<String, PayeeBankAccount> accounts) {
		List<Row> rows = new ArrayList<>();
		List<Held> held = new ArrayList<>();
		for (PayoutLine line : lines) {
			PayeeBankAccount account = accounts.get(line.sellerId());
			if (line.paid()) {
				continue;
			}
			if (account == null) {
				held.add(new Held(line, "payouts.held.noBank"));
			}
			else if (!line.amount().isPositive()) {
				held.add(new Held(line, "payouts.held.notPositive"));
			}
			else {
				rows.add(new Row(line, account));
			}
		}
		return new BankFile(run, List.copyOf(rows), List.copyOf(held));
	}

	/** What the rows add up to. */
	public Money total() {
		return this.rows.stream().map((row) -> row.line().amount()).reduce(Money.ZERO, Money::plus);
	}

	/** The file's text, a header line then one line per row, CRLF as banks expect. */
	public String csv() {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (Row row : this.rows) {
			csv.append(cell(row.account().beneficiary()))
				.append(',')
				.append(row.account().accountNumber())
				.append(',')
				.append(row.account().ifsc())
				.append(',')
				.append(rupees(row.line().amount()))
				.append(',')
				.append(cell(narration(this.run)))
				.append("\r\n");
		}
		return csv.toString();
	}

	/** At most 30 characters, as most banks' bulk files allow. */
	static String narration(PayoutRun run) {
		String narration = "LADAKH CRAFTS " + run.id();
		return (narration.length() > 30) ? narration.substring(0, 30) : narration;
	}

	static String rupees(Money amount) {
		return BigDecimal.valueOf(amount.minor(), 2).toPlainString();
	}

	private static String cell(String text) {
		String safe = text.replace("\"", "\"\"");
		// a leading formula sign is neutralised so a spreadsheet never runs it
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return (safe.contains(",") || safe.contains("\"")) ? "\"" + safe + "\"" : safe;
	}

	/** A line going to the bank. */
	public record Row(PayoutLine line, PayeeBankAccount account) {

	}

	/** A line held back, with the message key of why. */
	public record Held(PayoutLine line, String reason) {

	}

}
