package ladakh.crafts.marketplace.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout charges each seller's shipping fee as the product page quotes it (decision
 * 53): frozen on the part at placing, judged against the part's subtotal, in the order
 * total that the payment must match, in the invoice, in the ledger, and given back with
 * the pieces when a part is cancelled before it ships.
 */
@MockServerTest
class ShippingChargedTests {

	@Autowired
	Checkout checkout;

	@Autowired
	Carts carts;

	@Autowired
	SellerPolicies policies;

	@Autowired
	OrderPayments payments;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	WebTestClient http;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mongo);
	}

	@Test
	void anOrderBelowTheSellersFreeFromPaysTheFeeAndOneAboveItPaysThePiecesAlone() {
		String seller = seller("80", "2000");

		Orders.PlacedOrder small = place(OrderFixtures.buyer(), line(this.fixtures.listing(seller, 3, 50_000L), 1));
		Orders.PlacedOrder large = place(OrderFixtures.buyer(), line(this.fixtures.listing(seller, 3, 250_000L), 1));

		assertThat(small.order().total()).isEqualTo(Money.rupees(580));
		assertThat(small.parts()).singleElement().satisfies((part) -> {
			assertThat(part.subtotal()).isEqualTo(Money.rupees(500));
			assertThat(part.shipping()).isEqualTo(Money.rupees(80));
			assertThat(part.total()).isEqualTo(Money.rupees(580));
		});
		assertThat(this.fixtures.order(small.order().id()).get("totalMinor", Number.class).longValue())
			.isEqualTo(58_000);
		assertThat(storedPart(small).get("shippingMinor", Number.class).longValue()).isEqualTo(8_000);
		assertThat(large.order().total()).isEqualTo(Money.rupees(2_500));
		assertThat(large.parts()).singleElement().satisfies((part) -> assertThat(part.shipping().isZero()).isTrue());
	}

	@Test
	void freeFromIsJudgedOnThePartsSubtotalNotOnEachPiece() {
		String seller = seller("80", "2000");

		Orders.PlacedOrder two = place(OrderFixtures.buyer(), line(this.fixtures.listing(seller, 3, 120_000L), 2));

		assertThat(two.order().total()).isEqualTo(Money.rupees(2_400));
		assertThat(two.parts().get(0).shipping()).isEqualTo(Money.ZERO);
	}

	@Test
	void twoSellersInOneCartEachChargeTheirOwnFee() {
		String first = seller("80", "2000");
		String second = seller("120", null);
		String free = "art-ship-" + UUID.randomUUID();

		Orders.PlacedOrder placed = place(OrderFixtures.buyer(), line(this.fixtures.listing(first, 3, 50_000L), 1),
				line(this.fixtures.listing(second, 3, 50_000L), 1), line(this.fixtures.listing(free, 3, 50_000L), 1));

		assertThat(placed.parts()).extracting(OrderPart::sellerId).containsExactly(first, second, free);
		assertThat(placed.parts()).extracting(OrderPart::shipping)
			.containsExactly(Money.rupees(80), Money.rupees(120), Money.ZERO);
		assertThat(placed.order().total()).isEqualTo(Money.rupees(500 + 80 + 500 + 120 + 500));
	}

	@Test
	void aFeeChangedAfterTheCartIsChargedAsItStandsAtPlacingAndTheConfirmationPageShowsIt() {
		String seller = seller("80", null);
		String listing = this.fixtures.listing(seller, 3, 50_000L);
		String buyer = OrderFixtures.buyer();
		Carts.CartOwner owner = new Carts.CartOwner(buyer, null);
		this.carts.add(owner, listing, 1).block();
		Carts.View cart = this.carts.view(owner, Locale.ENGLISH).block();
		assertThat(cart.shipping()).singleElement().satisfies((shipping) -> {
			assertThat(shipping.sellerId()).isEqualTo(seller);
			assertThat(shipping.fee()).isEqualTo(Money.rupees(80));
		});
		assertThat(cart.total()).isEqualTo(Money.rupees(580));
		assertThat(page(buyer, "/cart")).contains("₹80", "₹580");
		assertThat(page(buyer, "/checkout")).contains("₹80", "₹580");

		this.policies.saveShipping(seller, new SellerPolicies.ShippingForm("150", null, "2", "3", "8")).block();
		Orders.PlacedOrder placed = place(buyer, line(listing, 1));

		assertThat(placed.order().total()).isEqualTo(Money.rupees(650));
		String page = page(buyer, "/checkout/placed/" + placed.order().id());
		assertThat(page).contains("₹150").contains("₹650").doesNotContain("₹580");
		assertThat(page(buyer, "/orders/" + placed.order().id())).contains("₹150").contains("₹650");
	}

	@Test
	void onlyThePiecesAndTheShippingTogetherPayTheOrder() {
		String seller = seller("80", null);
		Orders.PlacedOrder placed = place(OrderFixtures.buyer(), line(this.fixtures.listing(seller, 3, 50_000L), 1));

		assertThat(this.payments
			.recordPayment(new PaymentRecord(placed.order().id(), Money.rupees(500), "UTR-short", "STAFF", "usr-acc"))
			.block()).isEqualTo(PaymentOutcome.FLAGGED);
	}

	@Test
	void aPaidPartCancelledBeforeShippingRefundsItsPiecesAndItsShippingAndTheLedgerNetsToZero() {
		String seller = seller("80", null);
		String buyer = OrderFixtures.buyer();
		Orders.PlacedOrder placed = place(buyer, line(this.fixtures.listing(seller, 3, 50_000L), 1));
		String partId = placed.parts().get(0).id();

		assertThat(this.payments
			.recordPayment(new PaymentRecord(placed.order().id(), Money.rupees(580), "UTR-full", "STAFF", "usr-acc"))
			.block()).isEqualTo(PaymentOutcome.PAID);
		assertThat(this.ledger.netOf(seller).block()).as("the sale: pieces and shipping").isEqualTo(Money.rupees(580));
		this.fulfilment.cancelByBuyer(buyer, placed.order().id(), partId, "changed my mind").block();

		Document refund = storedPart(placed).get("refund", Document.class);
		assertThat(refund.get("amountMinor", Number.class).longValue()).isEqualTo(58_000);
		assertThat(this.ledger.netOf(seller).block()).isEqualTo(Money.ZERO);
	}

	@Test
	void theInvoiceShowsEachPartsShippingAndTheTotalPaidInEnglishAndHindi() {
		String seller = seller("80", null);
		String buyer = OrderFixtures.buyer();
		Orders.PlacedOrder placed = place(buyer, line(this.fixtures.listing(seller, 3, 50_000L), 1));
		String invoice = "/orders/" + placed.order().id() + "/invoice.pdf";

		assertThat(pdfText(pdf(buyer, invoice))).contains("Shipping: Rs. 80.00", "Rs. 500.00", "Total: Rs. 580.00");
		assertThat(pdfText(pdf(buyer, invoice + "?lang=hi"))).contains("₹80", "₹580").doesNotContain("Rs.");
	}

	// ------------------------------------------------------------------ helpers

	/** A selling seller whose shipping rule charges {@code fee} rupees, free from. */
	private String seller(String fee, String freeFrom) {
		String seller = "art-ship-" + UUID.randomUUID();
		this.policies.saveShipping(seller, new SellerPolicies.ShippingForm(fee, freeFrom, "2", "3", "8")).block();
		return seller;
	}

	private Orders.PlacedOrder place(String buyer, CheckoutRequest.CartLine... lines) {
		return this.checkout.place(OrderFixtures.request(buyer, "ship-" + UUID.randomUUID(), PaymentMethod.UPI, lines))
			.block();
	}

	private static CheckoutRequest.CartLine line(String listing, int quantity) {
		return OrderFixtures.line(listing, quantity);
	}

	private Document storedPart(Orders.PlacedOrder placed) {
		return this.mongo.findById(placed.parts().get(0).id(), Document.class, OrderPartRepository.PARTS).block();
	}

	private WebTestClient as(String buyer) {
		MarketplaceUser user = SignedIn.user(buyer, buyer + "@example.in", Set.of(Role.BUYER), null);
		return this.http.mutateWith(SignedIn.as(user));
	}

	private String page(String buyer, String path) {
		return as(buyer).get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private byte[] pdf(String buyer, String path) {
		return as(buyer).get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
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
