package ladakh.crafts.marketplace.treasury.deposits.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.deposits.Allocation;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.Figures;
import ladakh.crafts.marketplace.treasury.deposits.Reconciliation;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(bytes);
	}

	private static void figures(StringBuilder csv, String fy, String id, String name, Figures figures) {
		line(csv, fy, id, name, amount(figures.due()), amount(figures.deposited()), amount(figures.outstanding()),
				(figures.oldestUnpaid() != null) ? figures.oldestUnpaid().toString() : "",
				Long.toString(figures.ageDays()));
	}

	static String amount(Money money) {
		return money.toMajor().toPlainString();
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i], i));
		}
		csv.append("\r\n");
	}

	private static String cell(String value, int column) {
		String text = (value != null) ? value : "";
		// A negative amount is a figure, not a formula; only text cells are guarded.
		boolean figure = text.matches("-?\\d+(\\.\\d+)?");
		if (!figure && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
