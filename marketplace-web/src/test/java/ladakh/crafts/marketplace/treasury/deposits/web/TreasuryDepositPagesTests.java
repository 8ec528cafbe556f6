package ladakh.crafts.marketplace.treasury.deposits.web;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.deposits.Deposit;
import ladakh.crafts.marketplace.treasury.deposits.TreasuryReceiptFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Treasury deposits and reconciliation through the pages and the API: a challan recorded
 * once, a used GRN refused beside its field, scans told by content, allocations within
 * the deposit and the month even when two accountants race, reversals once, and the
 * figures per centre, month and year, exported as CSV that adds up and as PDF that draws.
 */
@MockServerTest
class TreasuryDepositPagesTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String run;

	private String centre;

	@BeforeEach
	void centreWithReceipts() {
		this.run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.centre = "tc-trs-" + this.run.toLowerCase();
		TreasuryReceiptFixtures receipts = new TreasuryReceiptFixtures(this.mongo);
		receipts.receipt(this.centre, SEPTEMBER, 300_000);
		receipts.receipt(this.centre, SEPTEMBER, 200_000);
		receipts.receipt(this.centre, SEPTEMBER, -50_000);
		receipts.receipt(this.centre, OCTOBER, 100_000);
	}

	@Test
	void theSameChallanSentTwiceIsRecordedOnceAndAUsedGrnIsRefusedBesideTheField() {
		String grn = "18" + this.run;
		String first = post(depositForm(grn, "2026-11-02", "10000", pdf())).expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String again = post(depositForm(grn, "2026-11-02", "10000", pdf())).expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(again).isEqualTo(first).startsWith("/staff/treasury/deposits/" + Deposit.keyOf(grn));
		assertThat(this.mongo.count(Query.query(Criteria.where("grn").is(grn)), "treasury_deposits").block())
			.isEqualTo(1);

		String scan = first.replaceAll("\\?.*$", "") + "/scan";
		byte[] stored = staff().get()
			.uri(scan + ".pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(stored).isEqualTo(pdf());
		staff().get().uri(scan + ".jpg").exchange().expectStatus().isNotFound();

		String refused = post(depositForm(grn, "2026-11-03", "12000", pdf())).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("id=\"deposit-grn-error\"")
			.contains("is already recorded for another deposit")
			.contains("value=\"12000\"");
	}

	@Test
	void aScanIsCheckedByItsContentAndEveryFieldIsAnsweredBesideIt() {
		String page = post(depositForm("", "", "", "not a pdf".getBytes(StandardCharsets.UTF_8))).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"deposit-scan-error\"", "The scan must be a PDF, JPEG or PNG file.")
			.contains("id=\"deposit-grn-error\"", "id=\"deposit-amount-error\"", "id=\"deposit-date-error\"");
		assertThat(this.mongo.count(Query.query(Criteria.where("grn").is("")), "treasury_deposits").block()).isZero();
	}

	@Test
	void twoAccountantsAllocatingOneDepositAtOnceCannotOverAllocateIt() {
		String id = recordDeposit("1000");
		// ₹1,000 deposited, ₹4,500 due in September: ten allocations of ₹300 at once.
		List<Integer> statuses = Concurrently.run(10,
				() -> api().post()
					.uri("/api/v1/staff/treasury/deposits/" + id + "/allocations")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("centreId", this.centre, "month", "2026-09", "amount", new BigDecimal("300")))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(3);
		assertThat(statuses).filteredOn((status) -> status != 201).allMatch((status) -> status == 400);
		Document stored = this.mongo.findById(id, Document.class, "treasury_deposits").block();
		assertThat(stored.getLong("allocatedMinor")).isEqualTo(90_000L);
		assertThat(this.mongo.count(Query.query(Criteria.where("depositId").is(id)), "treasury_allocations").block())
			.isEqualTo(3);
	}

	@Test
	void anAllocationNeverExceedsTheMonthsOutstandingAndIsUndoneOnceByAReversingLine() {
		String id = recordDeposit("20000");
		// October owes ₹1,000.
		String over = allocate(id, this.centre + ":2026-10", "1500").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(over).contains("id=\"allocate-amount-error\"", "more than the month still has outstanding");
		allocate(id, this.centre + ":2026-10", "1000").expectStatus().is3xxRedirection();
		allocate(id, this.centre + ":2026-10", "1").expectStatus().isBadRequest();

		Document line = this.mongo
			.findOne(Query.query(Criteria.where("depositId").is(id)), Document.class, "treasury_allocations")
			.block();
		String reverse = "/staff/treasury/deposits/" + id + "/allocations/" + line.getString("_id") + "/reverse";
		staff().post().uri(reverse).exchange().expectStatus().is3xxRedirection();
		staff().post().uri(reverse).exchange().expectStatus().isEqualTo(409);
		Document reversal = this.mongo
			.findById("reversal:" + line.getString("_id"), Document.class, "treasury_allocations")
			.block();
		assertThat(reversal.getLong("signedMinor")).isEqualTo(-100_000L);
		assertThat(this.mongo.findById(id, Document.class, "treasury_deposits").block().getLong("allocatedMinor"))
			.isZero();
		// The month owes its ₹1,000 again, so it can be allocated again.
		allocate(id, this.centre + ":2026-10", "1000").expectStatus().is3xxRedirection();
	}

	@Test
	void theFiguresPerCentreMonthAndYearExportAsCsvThatAddsUpAndPdfThatDraws() throws Exception {
		String id = recordDeposit("3000");
		allocate(id, this.centre + ":2026-09", "3000").expectStatus().is3xxRedirection();

		String json = api().get()
			.uri("/api/v1/staff/treasury/reconciliation/2026-27/centres/" + this.centre)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(json).contains("\"dueMinor\":550000", "\"depositedMinor\":300000", "\"outstandingMinor\":250000",
				"\"oldestUnpaidMonth\":\"2026-09\"");

		String csv = staff().get()
			.uri("/staff/treasury/reconciliation/2026-27/centres/" + this.centre + "/export.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String[]> rows = parse(csv);
		BigDecimal due = BigDecimal.ZERO;
		BigDecimal deposited = BigDecimal.ZERO;
		BigDecimal outstanding = BigDecimal.ZERO;
		String[] total = null;
		for (String[] row : rows.subList(1, rows.size())) {
			if ("TOTAL".equals(row[3])) {
				total = row;
				continue;
			}
			due = due.add(new BigDecimal(row[4]));
			deposited = deposited.add(new BigDecimal(row[5]));
			outstanding = outstanding.add(new BigDecimal(row[6]));
		}
		assertThat(rows.get(0)).containsExactly("fy", "centre_id", "centre", "month", "due", "deposited", "outstanding",
				"age_days");
		assertThat(rows).hasSize(14);
		assertThat(total).isNotNull();
		assertThat(due).isEqualByComparingTo(total[4]).isEqualByComparingTo("5500");
		assertThat(deposited).isEqualByComparingTo(total[5]).isEqualByComparingTo("3000");
		assertThat(outstanding).isEqualByComparingTo(total[6]).isEqualByComparingTo(due.subtract(deposited));

		String yearCsv = staff().get()
			.uri("/staff/treasury/reconciliation/2026-27/export.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(parse(yearCsv)).anySatisfy((row) -> assertThat(row).startsWith("2026-27", this.centre, this.centre,
				"5500.00", "3000.00", "2500.00", "2026-09"));

		for (String language : List.of("en", "hi")) {
			byte[] pdf = staff().get()
				.uri("/staff/treasury/reconciliation/2026-27/centres/" + this.centre + "/export.pdf?lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF)
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
				assertThat(inkedShare(page)).as("share of the %s page that is not white", language)
					.isGreaterThan(0.005);
			}
		}
	}

	@Test
	void theAccountsHomeShowsTheExceptionsFirstAndTheYearPerCentre() {
		String id = recordDeposit("750");
		String home = staff().get()
			.uri("/staff/treasury")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(home).contains("A deposit with nothing allocated")
			.contains("href=\"/staff/treasury/deposits/" + id + "\"")
			.contains("id=\"centre-" + this.centre + "\"");
		assertThat(home.indexOf("id=\"exceptions\"")).isLessThan(home.indexOf("id=\"this-year\""));
		String hindi = staff().get()
			.uri("/staff/treasury?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(hindi).contains("ऐसा जमा जिसमें से कुछ भी आवंटित नहीं");
	}

	@Test
	void sellersAndOfficersAreRefused() {
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.centre)))
			.get()
			.uri("/api/v1/staff/treasury/reconciliation/2026-27/centres/" + this.centre)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/treasury")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private String recordDeposit(String rupees) {
		String grn = "18" + UUID.randomUUID().toString().substring(0, 10).replace("-", "");
		post(depositForm(grn, "2026-11-02", rupees, pdf())).expectStatus().is3xxRedirection();
		return Deposit.keyOf(grn);
	}

	private WebTestClient.ResponseSpec allocate(String id, String month, String amount) {
		return staff().post()
			.uri("/staff/treasury/deposits/" + id + "/allocations")
			.body(BodyInserters.fromFormData("month", month).with("amount", amount))
			.exchange();
	}

	private WebTestClient.ResponseSpec post(MultipartBodyBuilder form) {
		return staff().post()
			.uri("/staff/treasury/deposits")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private WebTestClient staff() {
		return this.http.mutateWith(SignedIn.as(SignedIn.accounts())).mutateWith(csrf());
	}

	private WebTestClient api() {
		return this.http.mutateWith(SignedIn.as(SignedIn.accounts())).mutateWith(csrf());
	}

	private static MultipartBodyBuilder depositForm(String grn, String date, String amount, byte[] scan) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("grn", grn);
		form.part("challanDate", date);
		form.part("branch", "District Treasury Leh");
		form.part("headOfAccount", "0851-00-103");
		form.part("amount", amount);
		form.part("depositor", "Test clerk");
		form.part("scan", new ByteArrayResource(scan) {
			@Override
			public String getFilename() {
				return "challan.pdf";
			}
		}).contentType(MediaType.APPLICATION_PDF);
		return form;
	}

	private static byte[] pdf() {
		return "%PDF-1.4 challan".getBytes(StandardCharsets.US_ASCII);
	}

	/** The export read back as the uploads are: the house's CSV reader, line by line. */
	static List<String[]> parse(String csv) throws java.io.IOException {
		List<String[]> rows = new ArrayList<>();
		try (java.io.BufferedReader lines = new java.io.BufferedReader(new StringReader(csv))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (!line.isEmpty()) {
					rows.add(ladakh.crafts.marketplace.shared.CsvText
						.split(ladakh.crafts.marketplace.shared.CsvText.stripBom(line))
						.toArray(String[]::new));
				}
			}
		}
		return rows;
	}

	private static double inkedShare(BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 235) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

}
