package ladakh.crafts.marketplace.treasury.deposits.web;

import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.CsvExport;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.deposits.Allocation;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.Figures;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;

import org.springframework.http.ResponseEntity;

/**
 * The treasury's figures as CSV: amounts in rupees with two decimals (a dot, no
 * grouping), so a spreadsheet sums them exactly; a last {@code TOTAL} line. Cells a
 * spreadsheet would run as a formula are quoted with a leading apostrophe.
 */
final class TreasuryCsv {

	private TreasuryCsv() {
	}

	static String year(Reconciliation.YearReport report) {
		StringBuilder csv = new StringBuilder(
				"fy,centre_id,centre,due,deposited,outstanding,oldest_unpaid_month,age_days\r\n");
		for (Reconciliation.CentreRow row : report.centres()) {
			figures(csv, report.fy().toString(), row.centreId(), row.name(), row.figures());
		}
		figures(csv, report.fy().toString(), "TOTAL", "", report.total());
		return csv.toString();
	}

	static String centre(Reconciliation.CentreReport report) {
		StringBuilder csv = new StringBuilder("fy,centre_id,centre,month,due,deposited,outstanding,age_days\r\n");
		for (Figures.MonthFigures month : report.months()) {
			line(csv, report.fy().toString(), report.centreId(), report.name(), month.month().toString(),
					amount(month.due()), amount(month.deposited()), amount(month.outstanding()),
					Long.toString(month.ageDays()));
		}
		line(csv, report.fy().toString(), report.centreId(), report.name(), "TOTAL", amount(report.total().due()),
				amount(report.total().deposited()), amount(report.total().outstanding()),
				Long.toString(report.total().ageDays()));
		return csv.toString();
	}

	static String deposit(Deposit deposit, List<Allocation> lines, Map<String, String> names) {
		StringBuilder csv = new StringBuilder(
				"grn,challan_date,allocation_id,centre_id,centre,month,amount,reverses\r\n");
		Money total = Money.ZERO;
		for (Allocation line : lines) {
			total = total.plus(line.amount());
			line(csv, deposit.grn(), deposit.challanDate().toString(), line.id(), line.centreId(),
					names.getOrDefault(line.centreId(), line.centreId()), line.month().toString(),
					amount(line.amount()), (line.reverses() != null) ? line.reverses() : "");
		}
		line(csv, deposit.grn(), deposit.challanDate().toString(), "TOTAL", "", "", "", amount(total), "");
		return csv.toString();
	}

	static ResponseEntity<byte[]> response(String name, String text) {
		return CsvExport.response(name, text);
	}

	private static void figures(StringBuilder csv, String fy, String id, String name, Figures figures) {
		line(csv, fy, id, name, amount(figures.due()), amount(figures.deposited()), amount(figures.outstanding()),
				(figures.oldestUnpaid() != null) ? figures.oldestUnpaid().toString() : "",
				Long.toString(figures.ageDays()));
	}

	static String amount(Money money) {
		return CsvExport.amount(money);
	}

	private static void line(StringBuilder csv, String... cells) {
		CsvExport.line(csv, cells);
	}

}
