package ladakh.crafts.marketplace.treasury.payouts;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's statement (issue 16): their own sales, refunds, commission and payouts with
 * UTRs, by financial year, a page at a time; never another seller's, whatever the address
 * says; printed in English and Hindi.
 */
@MockServerTest
class SellerStatementTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String sellerA = "art-stmt-a-" + this.run;

	private final String sellerB = "art-stmt-b-" + this.run;

	private final Instant recent = Instant.now().minus(Duration.ofDays(1));

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		LedgerLines lines = new LedgerLines(this.mongo);
		for (int i = 0; i < 52; i++) {
			lines.sale("stall:stmt-a-" + this.run + "-" + i, this.sellerA, 10_000, this.recent.plusSeconds(i));
		}
		lines.refund("refund:stmt-a-" + this.run, this.sellerA, 4_000, this.recent.plusSeconds(100));
		lines.sale("stall:stmt-a-old-" + this.run, this.sellerA, 77_700, this.recent.minus(Duration.ofDays(400)));
		lines.sale("stall:stmt-b-" + this.run, this.sellerB, 33_300, this.recent);
		this.mongo
			.insert(new Document("_id", "PR-stmt-" + this.run + ":" + this.sellerA)
				.append("runId", "PR-stmt-" + this.run)
				.append("sellerId", this.sellerA)
				.append("name", "A")
				.append("amountMinor", 200_000L)
				.append("currency", "INR")
				.append("items", 20)
				.append("negativeItems", 0)
				.append("utr", "SBIN777700001111")
				.append("paidAt", Date.from(this.recent)), "payout_lines")
			.block();
	}

	@Test
	void aSellerSeesTheirOwnYearAPageAtATimeAndNothingOfAnotherSeller() {
		String fy = LedgerLines.fy(this.recent);
		String page = page(this.sellerA, "/seller/statement?sellerId=" + this.sellerB, 200);
		assertThat(page).contains("stall:stmt-a-" + this.run + "-0", "SBIN777700001111", "after=")
			.doesNotContain(this.sellerB, "stall:stmt-b-", "stall:stmt-a-old-")
			// 52 sales less a refund of 40: owed 5,160 this year; with last year's 777
			// less
			// the 2,000 paid out, 3,937 is still owed
			.contains(">₹5,160<", ">₹3,937<", ">₹40<");
		String next = page.substring(page.indexOf("after=") + 6);
		next = next.substring(0, next.indexOf('"')).replace("&amp;", "&");
		String second = page(this.sellerA, "/seller/statement?fy=" + fy + "&after=" + next, 200);
		assertThat(second).contains("refund:stmt-a-" + this.run, "stall:stmt-a-" + this.run + "-51")
			.doesNotContain("stall:stmt-a-" + this.run + "-0<");
		String lastYear = LedgerLines.fy(this.recent.minus(Duration.ofDays(400)));
		assertThat(page(this.sellerA, "/seller/statement?fy=" + lastYear, 200)).contains("stall:stmt-a-old-" + this.run)
			.doesNotContain("stall:stmt-a-" + this.run + "-0");
		assertThat(page(this.sellerB, "/seller/statement", 200)).contains("stall:stmt-b-" + this.run)
			.doesNotContain(this.sellerA, "SBIN777700001111");
		assertThat(page(this.sellerA, "/seller/statement?lang=hi", 200)).contains("आपका विवरण");
		page(this.sellerA, "/seller/statement?fy=2026", 400);
		this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.get()
			.uri("/seller/statement")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void thePrintedStatementRendersInEnglishAndHindi() throws Exception {
		for (String lang : new String[] { "en", "hi" }) {
			byte[] pdf = this.http.mutateWith(SignedIn.as(SignedIn.seller(this.sellerA)))
				.get()
				.uri("/seller/statement.pdf?lang=" + lang)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF)
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
				assertThat(inkedShare(first)).as(lang + ": share of the page that is not white").isGreaterThan(0.01);
				String text = new PDFTextStripper().getText(document);
				// a narrow column may wrap an id: compare without the line breaks
				assertThat(text.replaceAll("\\s", "")).contains("SBIN777700001111", "stall:stmt-a-" + this.run + "-51")
					.doesNotContain("stall:stmt-b-");
				if ("en".equals(lang)) {
					assertThat(text).contains("Your statement", "Rs. 5,160.00", "Rs. 3,937.00");
				}
			}
		}
	}

	private String page(String seller, String uri, int status) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
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
