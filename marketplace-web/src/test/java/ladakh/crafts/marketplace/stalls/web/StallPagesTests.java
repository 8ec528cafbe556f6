package ladakh.crafts.marketplace.stalls.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The stall pages on the in-process MongoDB: a seller sees their stalls, moves pieces,
 * sells with the plain form and with the script's queued sends (one sale per id, the
 * refusal in the reader's language), prints price tags; another seller's stall, listing
 * or sale is not found.
 */
@MockServerTest
class StallPagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private StallFixtures fixtures;

	private HtmlForms forms;

	private String seller;

	private String other;

	private String fair;

	private String listing;

	@BeforeEach
	void stall() {
		this.fixtures = new StallFixtures(this.mongo);
		this.forms = new HtmlForms(this.http);
		this.seller = StallFixtures.seller();
		this.other = StallFixtures.seller();
		this.fair = this.fixtures.exhibitionOnNow();
		this.fixtures.stall(this.fair, "A-1", this.seller);
		this.fixtures.stall(this.fair, "A-2", this.other);
		this.listing = this.fixtures.listing(this.seller, 6);
	}

	@Test
	void aSellerMovesPiecesToTheStallSellsOneAndSeesTheReceipt() {
		String list = this.forms.page(SignedIn.seller(this.seller), "/seller/stalls", 200);
		assertThat(list).contains("Stall Fair " + this.fair).contains("/seller/stalls/" + this.fair);

		String moved = this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.mutateWith(csrf())
			.post()
			.uri("/seller/stalls/" + this.fair + "/stock")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("listingId", this.listing, "quantity", "4", "direction", "to")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(moved).isEqualTo("/seller/stalls/" + this.fair + "?done=toStall");
		assertThat(this.fixtures.online(this.listing)).isEqualTo(2);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(4);

		String page = this.forms.page(SignedIn.seller(this.seller),
				"/seller/stalls/" + this.fair + "?listing=" + this.listing, 200);
		assertThat(page).contains("id=\"sale-form\"").contains("(4 at the stall)").contains("selected");
		assertThat(page).contains("rel=\"manifest\"").contains("/js/stall-pos.js");

		String saleId = UUID.randomUUID().toString();
		String receipt = this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.mutateWith(csrf())
			.post()
			.uri("/seller/stalls/" + this.fair + "/sales")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("saleId", saleId, "listingId", this.listing, "quantity", "2", "mode",
					"UPI", "reference", "412345678901")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(receipt).isEqualTo("/seller/stalls/" + this.fair + "?sale=" + saleId);
		String shown = this.forms.page(SignedIn.seller(this.seller), receipt, 200);
		assertThat(shown).contains("Receipt").contains("Total ₹2,000").contains("Paid by UPI, reference 412345678901");
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(2);
		// Another seller does not see the receipt, even at the same exhibition.
		assertThat(this.forms.page(SignedIn.seller(this.other), receipt, 200)).doesNotContain("412345678901");
	}

	@Test
	void aQueuedSaleSentTwiceIsOneSaleAndARefusalIsInTheReadersLanguage() {
		this.fixtures.stall(this.fair, "A-3", "art-unused-" + UUID.randomUUID());
		move(this.seller, this.listing, 1);
		String saleId = UUID.randomUUID().toString();
		MultiValueMap<String, String> sale = form("saleId", saleId, "listingId", this.listing, "quantity", "1", "mode",
				"CASH");

		for (int i = 0; i < 2; i++) {
			queued(this.seller, sale, "en").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(saleId)
				.jsonPath("$.receipt")
				.isEqualTo("/seller/stalls/" + this.fair + "?sale=" + saleId);
		}
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(1);

		MultiValueMap<String, String> another = form("saleId", UUID.randomUUID().toString(), "listingId", this.listing,
				"quantity", "1", "mode", "CASH");
		queued(this.seller, another, "en").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("The stall has only 0 pieces of this listing left.");
		queued(this.seller, another, "hi").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("स्टॉल पर इस लिस्टिंग के केवल 0 नग बचे हैं।");
		queued(this.seller,
				form("saleId", UUID.randomUUID().toString(), "listingId", this.listing, "quantity", "1", "mode", "UPI"),
				"en")
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void aStallOnOfferShowsTheUnpaidFeeAndRefusesToSellOrTakePieces() {
		this.fixtures.status(this.fair, "A-1", "OFFERED");

		String page = this.forms.page(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair, 200);
		assertThat(page).contains("The fee for your stall is not paid yet")
			.doesNotContain("id=\"sale-form\"")
			.doesNotContain("value=\"to\"");
		this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/stock",
				form("listingId", this.listing, "quantity", "1", "direction", "to"), 409);
		queued(this.seller,
				form("saleId", UUID.randomUUID().toString(), "listingId", this.listing, "quantity", "1", "mode",
						"CASH"),
				"en")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("The fee for your stall is not paid yet: you can move pieces to the stall and sell there once "
					+ "the stall is confirmed.");
		assertThat(this.fixtures.online(this.listing)).isEqualTo(6);
		assertThat(this.fixtures.sales(this.seller)).isZero();
	}

	@Test
	void anotherSellersStallListingOrSaleIsNotFound() {
		move(this.seller, this.listing, 2);
		String othersListing = this.fixtures.listing(this.other, 3);

		this.forms.page(SignedIn.seller(this.other), "/seller/stalls/" + UUID.randomUUID(), 404);
		String notHeld = this.fixtures.exhibitionOnNow();
		this.forms.page(SignedIn.seller(this.seller), "/seller/stalls/" + notHeld, 404);
		// The other seller holds a stall at the same fair, but the listing is not theirs.
		queued(this.other, form("saleId", UUID.randomUUID().toString(), "listingId", this.listing, "quantity", "1",
				"mode", "CASH"), "en")
			.expectStatus()
			.isNotFound();
		this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/stock",
				form("listingId", othersListing, "quantity", "1", "direction", "to"), 404);
		queued(this.seller, form("saleId", UUID.randomUUID().toString(), "listingId", this.listing, "quantity", "1",
				"mode", "CASH"), "en")
			.expectStatus()
			.isOk();
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri("/seller/stalls/" + notHeld + "/tags.pdf")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(1);
		assertThat(this.fixtures.online(othersListing)).isEqualTo(3);
		assertThat(this.fixtures.sales(this.other)).isZero();
	}

	@Test
	void aQueuedSaleWithoutTheCsrfTokenIsRefused() {
		move(this.seller, this.listing, 1);
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.post()
			.uri("/seller/stalls/" + this.fair + "/queued-sales")
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("saleId", UUID.randomUUID().toString(), "listingId", this.listing,
					"quantity", "1", "mode", "CASH")))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(this.fixtures.sales(this.seller)).isZero();
	}

	@Test
	void thePriceTagsArePrintedTwelveToAnA4PageInEnglishAndHindi() throws IOException {
		List<String> listings = new ArrayList<>(List.of(this.listing));
		for (int i = 0; i < 12; i++) {
			listings.add(this.fixtures.listing(this.seller, 1));
		}
		byte[] english = tags("en");
		try (PDDocument pdf = Loader.loadPDF(english)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
			String text = new PDFTextStripper().getText(pdf);
			// Long titles wrap within their tag.
			assertThat(text).contains("Pashmina shawl lst-test-").contains("Rs. 1,000").contains("Scan to sell");
			assertThat(text.split("Scan to sell", -1)).hasSize(14);
		}
		// Each tag's QR code opens the stall's point of sale with its listing chosen.
		List<String> links = new ArrayList<>(qrCodes(english, 0));
		assertThat(links).hasSize(12);
		links.addAll(qrCodes(english, 1));
		assertThat(links).containsExactlyInAnyOrderElementsOf(listings.stream()
			.map((id) -> "http://localhost:8080/seller/stalls/" + this.fair + "?listing=" + id)
			.toList());
		byte[] hindi = tags("hi");
		try (PDDocument pdf = Loader.loadPDF(hindi)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
		}
	}

	/**
	 * The texts of the QR codes on a page of the PDF, read from the page as printed: each
	 * tag's code cut out (with up to 2 points around it) and given a white border. A code
	 * the reader misses at one resolution (the rendered squares can leave hairline seams
	 * between them) is read again at others, as a phone would from another distance.
	 */
	private static List<String> qrCodes(byte[] pdf, int page) throws IOException {
		java.util.Map<Integer, String> byPlace = new java.util.TreeMap<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			float pageHeight = document.getPage(page).getMediaBox().getHeight();
			for (int dpi : new int[] { 300, 400, 200, 600 }) {
				float scale = dpi / 72f;
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
				for (int place = 0; place < PriceTags.ACROSS * PriceTags.DOWN; place++) {
					if (byPlace.containsKey(place)) {
						continue;
					}
					com.lowagie.text.Rectangle area = PriceTags.qrArea(PriceTags.box(place));
					for (float around : new float[] { 0f, 1f, 2f }) {
						int x = Math.round((area.getLeft() - around) * scale);
						int y = Math.round((pageHeight - area.getTop() - around) * scale);
						int size = Math.round((area.getWidth() + 2 * around) * scale);
						String text = decoded(image.getSubimage(x, y, size, size));
						if (text != null) {
							byPlace.put(place, text);
							break;
						}
					}
				}
			}
		}
		return new ArrayList<>(byPlace.values());
	}

	private static String decoded(BufferedImage code) {
		BufferedImage padded = new BufferedImage(code.getWidth() + 80, code.getHeight() + 80,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = padded.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, padded.getWidth(), padded.getHeight());
		graphics.drawImage(code, 40, 40, null);
		graphics.dispose();
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(padded))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			// Nothing readable here (no tag at this place: the last page is not full).
			return null;
		}
	}

	private byte[] tags(String language) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri("/seller/stalls/" + this.fair + "/tags.pdf?lang=" + language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private void move(String sellerId, String listingId, int pieces) {
		this.forms.post(SignedIn.seller(sellerId), "/seller/stalls/" + this.fair + "/stock",
				form("listingId", listingId, "quantity", String.valueOf(pieces), "direction", "to"), 303);
	}

	private WebTestClient.ResponseSpec queued(String sellerId, MultiValueMap<String, String> sale, String language) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(sellerId)))
			.mutateWith(csrf())
			.post()
			.uri("/seller/stalls/" + this.fair + "/queued-sales?lang=" + language)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(sale))
			.exchange();
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
