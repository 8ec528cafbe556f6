package ladakh.crafts.marketplace.sellers.cards.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@MockServerTest
class IdentityCardTests {

	private static final float MM = 72f / 25.4f;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("thangka-painting", "Thangka painting",
				"थांका चित्रकला");
		LocalDate future = LocalDate.now().plusYears(3);
		sellers.artisan("art-card-a", "Padma Angmo", "LEH/HC/2024/0901", "ACTIVE", future);
		sellers.artisan("art-card-b", "Rigzin Namgyal", "LEH/HC/2024/0902", "ACTIVE", future);
		sellers.artisan("art-card-suspended", "Stanzin Dolkar", "LEH/HC/2024/0903", "SUSPENDED", future);
		sellers.artisan("art-card-expired", "Tsewang Dorjay", "LEH/HC/2020/0904", "ACTIVE",
				LocalDate.now().minusDays(1));
		sellers.artisan("art-card-unregistered", "Yangchan Dolma", null, "ACTIVE", null);
	}

	@Test
	void aSellerDownloadsTheirOwnCardWhoseQrCodeOpensTheirVerificationPage() throws Exception {
		byte[] pdf = this.http.mutateWith(SignedIn.as(SignedIn.seller("art-card-a")))
			.get()
			.uri("/seller/id-card.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"id-card-LEH-HC-2024-0901.pdf\"")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("front and back").isEqualTo(2);
			for (int page = 0; page < 2; page++) {
				PDRectangle size = document.getPage(page).getMediaBox();
				assertThat(size.getWidth()).as("ID-1 width")
					.isCloseTo(85.6f * MM, org.assertj.core.data.Offset.offset(0.5f));
				assertThat(size.getHeight()).as("ID-1 height")
					.isCloseTo(54f * MM, org.assertj.core.data.Offset.offset(0.5f));
			}
			PDFRenderer renderer = new PDFRenderer(document);
			BufferedImage front = renderer.renderImageWithDPI(0, 300);
			BufferedImage back = renderer.renderImageWithDPI(1, 300);
			assertThat(inkedShare(front)).as("share of the front that is not white").isGreaterThan(0.12);
			assertThat(inkedShare(back)).as("share of the back that is not white").isGreaterThan(0.05);
			assertThat(decodeQr(back)).isEqualTo("http://localhost:8080/verify/LEH/HC/2024/0901");
		}
	}

	@Test
	void staffDownloadAnyArtisansCard() {
		for (var staff : new ladakh.crafts.marketplace.system.security.MarketplaceUser[] { SignedIn.officer(),
				SignedIn.admin() }) {
			this.http.mutateWith(SignedIn.as(staff))
				.get()
				.uri("/staff/sellers/art-card-b/id-card.pdf")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF);
		}
	}

	@Test
	void aSellerCannotFetchAnotherSellersCard() {
		this.http.mutateWith(SignedIn.as(SignedIn.seller("art-card-a")))
			.get()
			.uri("/staff/sellers/art-card-b/id-card.pdf")
			.exchange()
			.expectStatus()
			.isForbidden();
		for (var someone : new ladakh.crafts.marketplace.system.security.MarketplaceUser[] { SignedIn.buyer(),
				SignedIn.instructor(), SignedIn.accounts() }) {
			this.http.mutateWith(SignedIn.as(someone))
				.get()
				.uri("/staff/sellers/art-card-b/id-card.pdf")
				.exchange()
				.expectStatus()
				.isForbidden();
			this.http.mutateWith(SignedIn.as(someone))
				.get()
				.uri("/seller/id-card.pdf")
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		// Anonymous visitors are sent to sign in (the login flow landed after this test
		// was written).
		this.http.get()
			.uri("/seller/id-card.pdf")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/login");
	}

	@Test
	void suspendedExpiredAndUnregisteredArtisansGetAPageSayingWhyInsteadOfACard() {
		for (String id : new String[] { "art-card-suspended", "art-card-expired" }) {
			String html = conflictPage(id);
			assertThat(html).contains("suspended or has expired");
		}
		assertThat(conflictPage("art-card-unregistered")).contains("no registration number yet");
	}

	@Test
	void aSellerWhoIsNotAnArtisanGetsNotFound() {
		this.http.mutateWith(SignedIn.as(SignedIn.seller("shg-card-none")))
			.get()
			.uri("/seller/id-card.pdf")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/sellers/no-such-artisan/id-card.pdf")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private String conflictPage(String sellerId) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(sellerId)))
			.get()
			.uri("/seller/id-card.pdf")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	static double inkedShare(BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xFF;
				int g = (rgb >> 8) & 0xFF;
				int b = rgb & 0xFF;
				if (r + g + b < 3 * 235) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

	static String decodeQr(BufferedImage image) throws IOException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new IOException("No readable QR code on the page", ex);
		}
	}

}
