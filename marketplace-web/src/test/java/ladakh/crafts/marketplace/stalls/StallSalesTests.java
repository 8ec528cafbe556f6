package ladakh.crafts.marketplace.stalls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.StallPieces;
import ladakh.crafts.marketplace.orders.Checkout;
import ladakh.crafts.marketplace.orders.CheckoutRequest;
import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.OutOfStock;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock moved to a stall and sales there, on the in-process MongoDB: a move is one
 * conditional update between online and stall stock; a sale id counts once however often
 * it is sent; fifty queued sales sent at once are fifty sales; and stall sales racing
 * online checkouts of the same listing never take a piece twice.
 */
@MockServerTest
class StallSalesTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallSales stall;

	@Autowired
	Checkout checkout;

	@Autowired
	StallHoldReleases releases;

	private StallFixtures fixtures;

	private String seller;

	private String fair;

	@BeforeEach
	void stallAtAFairOnToday() {
		this.fixtures = new StallFixtures(this.mongo);
		this.seller = StallFixtures.seller();
		this.fair = this.fixtures.exhibitionOnNow();
		this.fixtures.stall(this.fair, "A-1", this.seller);
	}

	@Test
	void piecesMoveBetweenOnlineAndStallStockInOneConditionalUpdate() {
		String listing = this.fixtures.listing(this.seller, 10);

		StallPieces moved = this.stall.toStall(this.seller, this.fair, listing, 4).block();

		assertThat(moved.online()).isEqualTo(6);
		assertThat(moved.atStall()).isEqualTo(4);
		assertThat(this.fixtures.online(listing)).isEqualTo(6);
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(4);
		assertThat(refusal(this.stall.toStall(this.seller, this.fair, listing, 7)).kind())
			.isEqualTo(Refusal.Kind.CONFLICT);
		assertThat(this.stall.fromStall(this.seller, this.fair, listing, 3).block().atStall()).isEqualTo(1);
		assertThat(refusal(this.stall.fromStall(this.seller, this.fair, listing, 2)).messageKey())
			.isEqualTo("stall.stock.tooFewAtStall");
		assertThat(this.fixtures.online(listing)).isEqualTo(9);
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(1);
		// Search reads the online stock only: each move gives the listing a new revision.
		assertThat(this.fixtures.listingDocument(listing).get("rev", Number.class).longValue()).isGreaterThan(1L);
	}

	@Test
	void allOnlinePiecesAtTheStallSellOutOnlineAndComeBackOnSale() {
		String listing = this.fixtures.listing(this.seller, 2);

		this.stall.toStall(this.seller, this.fair, listing, 2).block();
		assertThat(this.fixtures.listingDocument(listing).getString("status")).isEqualTo("SOLD_OUT");

		this.stall.fromStall(this.seller, this.fair, listing, 1).block();
		assertThat(this.fixtures.listingDocument(listing).getString("status")).isEqualTo("PUBLISHED");
	}

	@Test
	void aSellerWithoutAStallThereOrWithAnotherSellersListingIsRefused() {
		String listing = this.fixtures.listing(this.seller, 5);
		String other = StallFixtures.seller();
		String othersListing = this.fixtures.listing(other, 5);

		assertThat(refusal(this.stall.toStall(other, this.fair, listing, 1)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
		assertThat(refusal(this.stall.toStall(this.seller, this.fair, othersListing, 1)).kind())
			.isEqualTo(Refusal.Kind.NOT_FOUND);
		assertThat(refusal(this.stall.sell(other, this.fair, sale(listing, 1))).kind())
			.isEqualTo(Refusal.Kind.NOT_FOUND);
		assertThat(this.fixtures.online(listing)).isEqualTo(5);
		assertThat(this.fixtures.online(othersListing)).isEqualTo(5);
	}

	@Test
	void aSaleSentTwiceWithTheSameIdIsCountedOnceWithOneLedgerLine() {
		String listing = this.fixtures.listing(this.seller, 5);
		this.stall.toStall(this.seller, this.fair, listing, 3).block();
		SaleRequest sale = new SaleRequest(UUID.randomUUID().toString(), listing, 2, PaymentMode.UPI, "412345678901");

		StallSale first = this.stall.sell(this.seller, this.fair, sale).block();
		StallSale again = this.stall.sell(this.seller, this.fair, sale).block();

		assertThat(again).isEqualTo(first);
		assertThat(first.counted()).isTrue();
		assertThat(first.total().minor()).isEqualTo(200_000L);
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(1);
		assertThat(this.fixtures.online(listing)).isEqualTo(2);
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		List<Document> lines = this.fixtures.ledgerLines(this.seller);
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.getString("_id")).isEqualTo("stall:" + sale.saleId());
			assertThat(line.getString("channel")).isEqualTo("STALL");
			assertThat(line.getString("exhibitionId")).isEqualTo(this.fair);
			assertThat(line.getString("paymentMode")).isEqualTo("UPI");
			assertThat(line.getString("reference")).isEqualTo("412345678901");
			assertThat(line.getLong("amountMinor")).isEqualTo(200_000L);
		});
	}

	@Test
	void theSameSaleSentTwentyTimesAtOnceIsCountedOnce() {
		String listing = this.fixtures.listing(this.seller, 5);
		this.stall.toStall(this.seller, this.fair, listing, 5).block();
		SaleRequest sale = sale(listing, 1);

		List<String> ids = Flux.range(0, 20)
			.flatMap((i) -> this.stall.sell(this.seller, this.fair, sale)
				.map(StallSale::id)
				.subscribeOn(Schedulers.parallel()), 20)
			.collectList()
			.block(Duration.ofMinutes(1));

		assertThat(ids).hasSize(20).containsOnly(sale.saleId());
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(4);
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(1);
	}

	@Test
	void fiftyQueuedSalesSentAtOnceAreFiftySalesAndTheFiftyFirstIsRefused() {
		String listing = this.fixtures.listing(this.seller, 50);
		this.stall.toStall(this.seller, this.fair, listing, 50).block();

		List<StallSale> sold = Flux.range(0, 50)
			.flatMap(
					(i) -> this.stall.sell(this.seller, this.fair, sale(listing, 1)).subscribeOn(Schedulers.parallel()),
					50)
			.collectList()
			.block(Duration.ofMinutes(1));

		assertThat(sold).hasSize(50).allSatisfy((sale) -> assertThat(sale.counted()).isTrue());
		assertThat(this.fixtures.atStall(listing, this.fair)).isZero();
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(50);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(50);
		Refusal tooFew = refusal(this.stall.sell(this.seller, this.fair, sale(listing, 1)));
		assertThat(tooFew.kind()).isEqualTo(Refusal.Kind.CONFLICT);
		assertThat(tooFew.messageKey()).isEqualTo("stall.sale.tooFew");
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(50);
		assertThat(this.fixtures.online(listing)).isZero();
	}

	@Test
	void stallSalesRacingOnlineCheckoutsOfTheSameListingNeverOversellEitherStock() {
		String listing = this.fixtures.listing(this.seller, 10);
		this.stall.toStall(this.seller, this.fair, listing, 5).block();

		Flux<String> atStall = Flux.range(0, 30)
			.flatMap((i) -> this.stall.sell(this.seller, this.fair, sale(listing, 1))
				.map((sale) -> "STALL")
				.onErrorResume(Refusal.class, (ex) -> Mono.just("STALL-REFUSED"))
				.subscribeOn(Schedulers.parallel()));
		Flux<String> online = Flux.range(0, 30)
			.flatMap((i) -> this.checkout.place(request(listing, "k-" + i))
				.map((placed) -> "ONLINE")
				.onErrorResume(OutOfStock.class, (ex) -> Mono.just("ONLINE-REFUSED"))
				.subscribeOn(Schedulers.parallel()));
		List<String> outcomes = Flux.merge(atStall, online).collectList().block(Duration.ofMinutes(2));

		assertThat(outcomes.stream().filter("STALL"::equals)).hasSize(5);
		assertThat(outcomes.stream().filter("ONLINE"::equals)).hasSize(5);
		assertThat(this.fixtures.atStall(listing, this.fair)).isZero();
		assertThat(this.fixtures.online(listing)).isZero();
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(5);
	}

	@Test
	void aSaleBeforeTheExhibitionOrLongAfterItIsRefused() {
		String later = this.fixtures.exhibition(IndiaTime.dayOf(Instant.now()).plusDays(5),
				IndiaTime.dayOf(Instant.now()).plusDays(7));
		this.fixtures.stall(later, "B-2", this.seller);
		String listing = this.fixtures.listing(this.seller, 5);
		this.stall.toStall(this.seller, later, listing, 2).block();

		assertThat(refusal(this.stall.sell(this.seller, later, sale(listing, 1))).messageKey())
			.isEqualTo("stall.sale.notOn");
		assertThat(this.fixtures.atStall(listing, later)).isEqualTo(2);
	}

	@Test
	void aStallOnOfferWhoseFeeIsUnpaidNeitherTakesPiecesNorSellsUntilConfirmed() {
		String listing = this.fixtures.listing(this.seller, 5);
		this.stall.toStall(this.seller, this.fair, listing, 2).block();
		this.fixtures.status(this.fair, "A-1", "OFFERED");

		assertThat(refusal(this.stall.toStall(this.seller, this.fair, listing, 1)).messageKey())
			.isEqualTo("stall.notConfirmed");
		assertThat(refusal(this.stall.sell(this.seller, this.fair, sale(listing, 1))).messageKey())
			.isEqualTo("stall.notConfirmed");
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(2);
		assertThat(this.fixtures.sales(this.seller)).isZero();
		// Pieces taken there before go back online whatever the stall's fee.
		assertThat(this.stall.fromStall(this.seller, this.fair, listing, 1).block().atStall()).isEqualTo(1);

		this.fixtures.status(this.fair, "A-1", "CONFIRMED");
		assertThat(this.stall.sell(this.seller, this.fair, sale(listing, 1)).block().counted()).isTrue();
	}

	@Test
	void onceAnExhibitionsSalesHaveClosedTheKeysOfItsCountedSalesLeaveTheListing() {
		String listing = this.fixtures.listing(this.seller, 5);
		this.stall.toStall(this.seller, this.fair, listing, 3).block();
		SaleRequest sale = sale(listing, 2);
		this.stall.sell(this.seller, this.fair, sale).block();
		assertThat(this.fixtures.listingDocument(listing).getList("stallHolds", String.class))
			.containsExactly("stall:" + sale.saleId());

		// Before the sales close, nothing is released.
		this.releases.sweep().block();
		assertThat(this.fixtures.listingDocument(listing).getList("stallHolds", String.class)).hasSize(1);

		LocalDate today = IndiaTime.dayOf(Instant.now());
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(this.fair)),
				new org.springframework.data.mongodb.core.query.Update().set("startsOn", today.minusDays(7).toString())
					.set("endsOn", today.minusDays(5).toString()),
				"exhibitions")
			.block();
		this.releases.sweep().block();

		assertThat(this.fixtures.listingDocument(listing).getList("stallHolds", String.class)).isEmpty();
		// A late resend is answered from the stored sale: nothing more is taken.
		assertThat(this.stall.sell(this.seller, this.fair, sale).block().counted()).isTrue();
		assertThat(this.fixtures.atStall(listing, this.fair)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(1);
	}

	private static SaleRequest sale(String listing, int quantity) {
		return new SaleRequest(UUID.randomUUID().toString(), listing, quantity, PaymentMode.CASH, null);
	}

	private static CheckoutRequest request(String listing, String key) {
		return new CheckoutRequest(key, "usr-stall-buyer-" + UUID.randomUUID(),
				new Order.Contact("Tsering Dolma", "tsering@example.in", "9419012345"),
				new Order.Address("Tsering Dolma", "House 12, Changspa", null, "Leh", "Leh", "Ladakh", "194101"),
				PaymentMethod.UPI, List.of(new CheckoutRequest.CartLine(listing, 1)), null);
	}

	private static Refusal refusal(Mono<?> refused) {
		try {
			refused.block();
		}
		catch (Refusal ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

}
