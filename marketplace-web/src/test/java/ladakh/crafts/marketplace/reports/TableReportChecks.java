package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every financial-year report printed as a table must do, read from outside: its
 * CSV's TOTAL lines and the sums of its rows, its page's charts against their tables, its
 * PDF's text, and a bad year's answer.
 */
final class TableReportChecks {

	private final WebTestClient http;

	private final String kind;

	private final String fy;

	TableReportChecks(WebTestClient http, String kind, String fy) {
		this.http = http.mutateWith(SignedIn.as(SignedIn.accounts()));
		this.kind = kind;
		this.fy = fy;
	}

	/**
	 * The CSV read back: per breakdown, its TOTAL line and the sums of its other lines,
	 * each by column; checks the header and that every line is of the year.
	 */
	Csv csv(String... columns) {
		String text = this.http.get()
			.uri("/staff/reports/" + this.kind + "/" + this.fy + "/export.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.split("\r\n")) {
			rows.add(CsvText.split(line));
		}
		List<String> header = new ArrayList<>(List.of("fy", "breakdown", "key", "label"));
		header.addAll(List.of(columns));
		assertThat(rows.get(0)).isEqualTo(header);
		Csv csv = new Csv(new LinkedHashMap<>(), new LinkedHashMap<>());
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row.get(0)).isEqualTo(this.fy);
			Map<String, Map<String, BigDecimal>> into = "TOTAL".equals(row.get(2)) ? csv.totals() : csv.sums();
			Map<String, BigDecimal> byColumn = into.computeIfAbsent(row.get(1), (breakdown) -> new HashMap<>());
			for (int i = 0; i < columns.length; i++) {
				byColumn.merge(columns[i], new BigDecimal(row.get(4 + i)), BigDecimal::add);
			}
		}
		return csv;
	}

	/**
	 * The page in a language: every section's chart carries the figures of its own table,
	 * in the same order, and the full table's first column has the same figures.
	 * @return the page
	 */
	String page(String language, List<String> sections) {
		String page = this.http.get()
			.uri("/staff/reports/" + this.kind + "/" + this.fy + "?lang=" + language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		for (String section : sections) {
			String id = this.kind + "-" + section + "-chart";
			int figure = page.indexOf("id=\"" + id + "-figure\"");
			assertThat(figure).as(id).isPositive();
			String chart = page.substring(figure, page.indexOf("</figure>", figure));
			String svg = chart.substring(chart.indexOf("<svg"), chart.indexOf("</svg>"));
			String table = chart.substring(chart.indexOf("<table"));
			assertThat(values("data-value", svg)).as(id).isNotEmpty().isEqualTo(values("data-value", table));
		}
		return page;
	}

	/** The PDF's text in a language. */
	String pdf(String language) throws Exception {
		byte[] pdf = this.http.get()
			.uri("/staff/reports/" + this.kind + "/" + this.fy + "/export.pdf?lang=" + language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** A year that is not one is not found, with words to act on, page and exports. */
	void badYearsAreNotFound() {
		for (String bad : List.of("2026-28", "twenty", "2026")) {
			for (String tail : List.of("", "/export.csv", "/export.pdf")) {
				String page = this.http.get()
					.uri("/staff/reports/" + this.kind + "/" + bad + tail)
					.accept(MediaType.TEXT_HTML)
					.exchange()
					.expectStatus()
					.isNotFound()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(page).as(bad + tail).contains("Write it like 2026-27");
			}
		}
	}

	static List<String> values(String attribute, String markup) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile(attribute + "=\"(-?\\d+)\"").matcher(markup);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	/** Rupees as the CSV writes them, from paise. */
	static BigDecimal rupees(long paise) {
		return BigDecimal.valueOf(paise).movePointLeft(2);
	}

	/**
	 * @param totals per breakdown, its TOTAL line by column
	 * @param sums per breakdown, its rows summed by column
	 */
	record Csv(Map<String, Map<String, BigDecimal>> totals, Map<String, Map<String, BigDecimal>> sums) {

		/** Every breakdown's TOTAL and row sum equal {@code expected} in a column. */
		void addsUpTo(String column, BigDecimal expected, String... breakdowns) {
			assertThat(this.totals.keySet()).containsExactlyInAnyOrder(breakdowns);
			for (String breakdown : breakdowns) {
				assertThat(this.totals.get(breakdown).get(column)).as(breakdown + " TOTAL " + column)
					.isEqualByComparingTo(expected);
				assertThat(this.sums.get(breakdown).get(column)).as(breakdown + " rows " + column)
					.isEqualByComparingTo(expected);
			}
		}

	}

}
