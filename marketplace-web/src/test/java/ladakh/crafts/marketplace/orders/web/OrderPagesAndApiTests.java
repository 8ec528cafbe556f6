package ladakh.crafts.marketplace.orders.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The buyer's and the seller's order pages and API: each person sees and acts on their
 * own only (another's order or part: 404), a wrong step answers 409 with a message, a
 * missing field 400 beside the field, and the PDFs carry what they must. A step's body
 * nested far deeper than any needs is a 400 (it used to overflow the parser's stack), and
 * a {@code done} notice the pages do not know is ignored.
 */
@MockServerTest
class OrderPagesAndApiTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private FulfilmentFixtures orders;

	private String sellerA;

	private String sellerB;

	private String numberA;

	private MarketplaceUser buyerA;

	private MarketplaceUser buyerB;

	private Document order;

	private String partA;

	private String partB;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.orders = new FulfilmentFixtures(this.mongo);
		ListingFixtures listings = new ListingFixtures(this.mongo);
		this.sellerA = "art-op-a-" + run;
		this.sellerB = "art-op-b-" + run;
		this.numberA = "LEH/HC/2024/" + (1000 + (int) (Math.random() * 8000));
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(this.sellerA, "Stanzin Thangka " + run, this.numberA, "ACTIVE", LocalDate.now().plusYears(2));
		this.buyerA = SignedIn.user("usr-op-a-" + run, "a-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.buyerB = SignedIn.user("usr-op-b-" + run, "b-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.order = this.orders.order(this.buyerA.id(), this.buyerA.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, listings.listing(this.sellerA, "PUBLISHED"), 1, 1_500_000),
				new FulfilmentFixtures.Item(this.sellerB, listings.listing(this.sellerB, "PUBLISHED"), 2, 250_000));
		this.partA = FulfilmentFixtures.partIds(this.order).get(0);
		this.partB = FulfilmentFixtures.partIds(this.order).get(1);
	}

	@Test
	void theSellerApiListsOnlyTheSellersOwnPartsAndRefusesAnothersWith404() {
		List<Map<String, Object>> mine = as(SignedIn.seller(this.sellerA)).get()
			.uri("/api/v1/seller/orders")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LIST)
			.returnResult()
			.getResponseBody();
		assertThat(mine).extracting((part) -> part.get("id")).containsExactly(this.partA);
		for (String step : List.of("pack", "ship", "deliver", "cancel")) {
			as(SignedIn.seller(this.sellerA)).post()
				.uri("/api/v1/seller/orders/" + this.partB + "/" + step)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("carrier", "x", "trackingNumber", "y", "reason", "z"))
				.exchange()
				.expectStatus()
				.isNotFound();
		}
		assertThat(this.orders.part(this.partB).getString("status")).isEqualTo("PAID");
	}

	@Test
	void aStepFromTheWrongStatusAnswers409WithAMessageAndAMissingTrackingNumber400() {
		WebTestClient seller = as(SignedIn.seller(this.sellerA));
		seller.post()
			.uri("/api/v1/seller/orders/" + this.partA + "/deliver")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("not in a state"));
		seller.post().uri("/api/v1/seller/orders/" + this.partA + "/pack").exchange().expectStatus().isOk();
		seller.post()
			.uri("/api/v1/seller/orders/" + this.partA + "/ship")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("carrier", "India Post"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("trackingNumber");
		seller.post()
			.uri("/api/v1/seller/orders/" + this.partA + "/ship")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("carrier", "India Post", "trackingNumber", "EE123456789IN"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SHIPPED");
		seller.post()
			.uri("/api/v1/seller/orders/" + this.partA + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "too late"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void buyerBCannotSeeInvoiceOrCancelBuyerAsOrder() {
		String id = this.order.getString("_id");
		WebTestClient other = as(this.buyerB);
		other.get().uri("/orders/" + id).exchange().expectStatus().isNotFound();
		other.get().uri("/orders/" + id + "/invoice.pdf").exchange().expectStatus().isNotFound();
		other.post()
			.uri("/orders/" + id + "/parts/" + this.partA + "/cancel")
			.body(BodyInserters.fromFormData("reason", "not mine"))
			.exchange()
			.expectStatus()
			.isNotFound();
		other.post()
			.uri("/api/v1/orders/" + id + "/parts/" + this.partA + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "not mine"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(page(other, "/orders")).doesNotContain(this.order.getString("number"));
		assertThat(this.orders.part(this.partA).getString("status")).isEqualTo("PAID");
	}

	@Test
	void theBuyerSeesTheirOrderWithItsPartsAndCancelsOneWithAReason() {
		String id = this.order.getString("_id");
		WebTestClient buyer = as(this.buyerA);
		assertThat(page(buyer, "/orders")).contains(this.order.getString("number"));
		assertThat(page(buyer, "/orders/" + id)).contains("Parcel 1", "Parcel 2", "Cancel this parcel");
		String missing = buyer.post()
			.uri("/orders/" + id + "/parts/" + this.partB + "/cancel")
			.body(BodyInserters.fromFormData("reason", ""))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(missing).contains("field__error", "Say why you are cancelling.");
		buyer.post()
			.uri("/orders/" + id + "/parts/" + this.partB + "/cancel")
			.body(BodyInserters.fromFormData("reason", "ordered twice"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(this.orders.part(this.partB).getString("status")).isEqualTo("CANCELLED");
		assertThat(page(buyer, "/orders/" + id)).contains("ordered twice");
	}

	@Test
	void theInvoiceNamesItemsSellerRegistrationAmountsTaxesOrderNumberAndDate() {
		byte[] pdf = as(this.buyerA).get()
			.uri("/orders/" + this.order.getString("_id") + "/invoice.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody()
			.returnResult()
			.getResponseBody();
		String text = pdfText(pdf);
		assertThat(text).contains(this.order.getString("number"), this.numberA, "Stanzin Thangka",
				"Prices are inclusive of all taxes", "Rs. 15,000.00", "Rs. 20,000.00", "Order date");
	}

	@Test
	void theInvoiceAndPackingSlipSpeakHindiWithADevanagariFontEmbedded() {
		byte[] invoice = as(this.buyerA).get()
			.uri("/orders/" + this.order.getString("_id") + "/invoice.pdf?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(fontNames(invoice)).anyMatch((name) -> name.contains("NotoSansDevanagari"));
		assertThat(pdfText(invoice))
			.contains(this.order.getString("number"), this.numberA, "Stanzin Thangka", "₹15,000")
			.doesNotContain("Invoice", "Order date", "Rs.");
		byte[] slip = as(SignedIn.seller(this.sellerA)).get()
			.uri("/seller/orders/" + this.partA + "/packing-slip.pdf?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(fontNames(slip)).anyMatch((name) -> name.contains("NotoSansDevanagari"));
		assertThat(pdfText(slip)).contains(this.order.getString("number"), "194101").doesNotContain("Packing slip");
	}

	@Test
	void thePackingSlipShowsNoInternalIds() {
		String slip = pdfText(as(SignedIn.seller(this.sellerA)).get()
			.uri("/seller/orders/" + this.partA + "/packing-slip.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION, (disposition) -> assertThat(disposition).doesNotContain(this.partA))
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(slip).contains(this.order.getString("number"))
			.doesNotContain(this.partA, this.order.getString("_id"), this.sellerA);
	}

	@Test
	void theSellerInboxShowsOnlyOwnPartsFiltersByStatusAndShowsErrorsBesideTheFields() {
		WebTestClient seller = as(SignedIn.seller(this.sellerA));
		assertThat(page(seller, "/seller/orders")).contains(this.partA).doesNotContain(this.partB);
		assertThat(page(seller, "/seller/orders?status=SHIPPED")).doesNotContain(this.partA);
		seller.post().uri("/seller/orders/" + this.partA + "/pack").exchange().expectStatus().is3xxRedirection();
		String refused = seller.post()
			.uri("/seller/orders/" + this.partA + "/ship")
			.body(BodyInserters.fromFormData("carrier", "").with("trackingNumber", "EE1"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("carrier-" + this.partA + "-error", "Enter the courier");
		seller.post().uri("/seller/orders/" + this.partB + "/pack").exchange().expectStatus().isNotFound();
		seller.get().uri("/seller/orders/" + this.partB + "/packing-slip.pdf").exchange().expectStatus().isNotFound();
		String slip = pdfText(seller.get()
			.uri("/seller/orders/" + this.partA + "/packing-slip.pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(slip).contains(this.order.getString("number"), "194101", this.numberA);
	}

	@Test
	void aSellersReturnsPolicyShowsOnTheBuyersOrderAndABadWindowIsRefusedBesideTheField() {
		WebTestClient seller = as(SignedIn.seller(this.sellerA));
		String refused = seller.post()
			.uri("/seller/orders/policy")
			.body(BodyInserters.fromFormData("returnWindowDays", "90").with("text", "x"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("returnWindowDays-error", "from 0 to 60");
		String page = page(as(this.buyerA), "/orders/" + this.order.getString("_id"));
		assertThat(page).contains("within 7 days of delivery");
		seller.post()
			.uri("/seller/orders/policy")
			.body(BodyInserters.fromFormData("returnWindowDays", "14").with("text", "Returns within a fortnight."))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(page(seller, "/seller/orders/policy")).contains("Returns within a fortnight.");
		assertThat(page(as(this.buyerA), "/orders/" + this.order.getString("_id")))
			.contains("Returns within a fortnight.");
	}

	@Test
	void theStaffPaymentFormShowsEachFieldsMessageBesideItAndRecordsNothing() {
		Document awaiting = this.orders.order(this.buyerA.id(), this.buyerA.login(), "AWAITING_PAYMENT",
				"AWAITING_PAYMENT", new FulfilmentFixtures.Item(this.sellerA,
						new ListingFixtures(this.mongo).listing(this.sellerA, "PUBLISHED"), 1, 1_500_000));
		String orderId = awaiting.getString("_id");
		for (String language : List.of("en", "hi")) {
			String page = as(SignedIn.accounts()).post()
				.uri("/staff/orders/" + orderId + "/payments?lang=" + language)
				.body(BodyInserters.fromFormData("amount", "0").with("reference", "R".repeat(101)))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			if (language.equals("en")) {
				assertThat(page).contains("Enter the amount received in rupees, more than 0.",
						"Enter the reference of the payment.");
			}
			else {
				assertThat(page).contains("प्राप्त राशि रुपये में लिखें, 0 से अधिक।", "भुगतान का संदर्भ लिखें।");
			}
		}
		assertThat(this.mongo.findById(orderId, Document.class, "orders").block().getString("status"))
			.isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void aStepBodyNestedDeeperThanAnyFormNeedsIsRefusedWith400AndChangesNothing() {
		String deep = "{\"reason\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
		for (String step : new String[] { "ship", "cancel", "return" }) {
			as(SignedIn.seller(this.sellerA)).post()
				.uri("/api/v1/seller/orders/" + this.partA + "/" + step)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(deep)
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
		as(this.buyerA).post()
			.uri("/api/v1/orders/" + this.order.getString("_id") + "/parts/" + this.partA + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(deep)
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.orders.part(this.partA).getString("status")).isEqualTo("PAID");
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsRefusedWith400() {
		for (String body : new String[] { "[1]", "\"text\"", "{\"reason\":", "{'reason': 'x'}" }) {
			as(SignedIn.seller(this.sellerA)).post()
				.uri("/api/v1/seller/orders/" + this.partA + "/cancel")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
	}

	@Test
	void aNoticeThePagesDoNotKnowIsIgnoredHoweverLong() {
		String huge = "x".repeat(100_000);
		WebTestClient seller = as(SignedIn.seller(this.sellerA));
		seller.get().uri("/seller/orders?done=" + huge).exchange().expectStatus().isBadRequest();
		assertThat(page(seller, "/seller/orders?done=nonsense")).doesNotContain("??");
		assertThat(page(seller, "/seller/orders?done=packed")).contains("Marked as packed.");
		WebTestClient buyer = as(this.buyerA);
		String orderPage = "/orders/" + this.order.getString("_id");
		buyer.get().uri(orderPage + "?done=" + huge).exchange().expectStatus().isBadRequest();
		assertThat(page(buyer, orderPage + "?done=nonsense")).doesNotContain("??");
		assertThat(page(buyer, orderPage + "?done=cancelled")).contains("The parcel is cancelled.");
	}

	private WebTestClient as(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf());
	}

	private static String page(WebTestClient client, String path) {
		byte[] body = client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private static java.util.List<String> fontNames(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			java.util.List<String> names = new java.util.ArrayList<>();
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
					names.add(page.getResources().getFont(name).getName());
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
