package ladakh.crafts.marketplace.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every CSV download shares: amounts in rupees with two decimals (a dot, no
 * grouping) so a spreadsheet sums them exactly; cells quoted where they must be; a text
 * cell a spreadsheet would run as a formula ({@code = + - @}, tab, return) prefixed with
 * an apostrophe, while a negative figure stays a figure; UTF-8, lines ending CR LF, sent
 * as an attachment that no cache keeps.
 */
public final class CsvExport {

	private CsvExport() {
	}

	/** Appends one line of cells. */
	public static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** An amount as rupees and paise, {@code -1234.50}. */
	public static String amount(Money money) {
		return money.toMajor().toPlainString();
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		boolean figure = text.matches("-?\\d+(\\.\\d+)?");
		if (!figure && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	public static ResponseEntity<byte[]> response(String fileName, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(bytes);
	}

}
