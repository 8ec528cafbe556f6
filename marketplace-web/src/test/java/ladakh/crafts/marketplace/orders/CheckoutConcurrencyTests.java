package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many buyers checking out at once against the real (in-process) MongoDB protocol server:
 * no oversell, no reservation left behind.
 */
@MockServerTest
class CheckoutConcurrencyTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Checkout checkout;

	@Autowired
	ReservationSweeper sweeper;

	private OrderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mongo);
	}

	@Test
	void twoHundredBuyersOfTenPiecesMakeExactlyTenOrdersAndStockEndsAtZeroNeverBelow() throws Exception {
		String seller = "art-cc-" + UUID.randomUUID();
		String listing = this.fixtures.listing(seller, 10);
		ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread watcher = new Thread(() -> {
			while (running.get()) {
				seen.add(this.fixtures.stock(listing));
			}
		});
		watcher.start();
		List<String> outcomes = Flux.range(0, 200)
			.flatMap((i) -> this.checkout
				.place(OrderFixtures.request(OrderFixtures.buyer(), "k-" + i, PaymentMethod.UPI,
						OrderFixtures.line(listing, 1)))
				.map((placed) -> "PLACED:" + placed.order().id())
				.onErrorResume(OutOfStock.class, (ex) -> Mono.just("OUT"))
				.subscribeOn(Schedulers.parallel()), 200)
			.collectList()
			.block(Duration.ofMinutes(2));
		running.set(false);
		watcher.join();

		assertThat(outcomes).hasSize(200);
		assertThat(outcomes.stream().filter((outcome) -> outcome.startsWith("PLACED"))).hasSize(10);
		assertThat(outcomes.stream().filter("OUT"::equals)).hasSize(190);
		assertThat(this.fixtures.stock(listing)).isZero();
		assertThat(seen).isNotEmpty().allSatisfy((stock) -> assertThat(stock).isBetween(0, 10));
		assertThat(this.fixtures.listingDocument(listing).getString("status")).isEqualTo("SOLD_OUT");
		assertThat(this.fixtures.holds(listing)).hasSize(10);
		long awaiting = this.mongo.count(
				Query.query(Criteria.where("reservations.listingId").is(listing).and("status").is("AWAITING_PAYMENT")),
				OrderRepository.ORDERS)
			.block();
		assertThat(awaiting).isEqualTo(10);
	}

	@Test
	void fiftyCartsOverThreeSellersWhereOneLineRunsOutLeaveNoReservationBehind() {
		String run = UUID.randomUUID().toString();
		String plenty1 = this.fixtures.listing("art-cc-a-" + run, 100);
		String plenty2 = this.fixtures.listing("art-cc-b-" + run, 100);
		String scarce = this.fixtures.listing("art-cc-c-" + run, 7);
		List<String> outcomes = Flux.range(0, 50)
			.flatMap((i) -> this.checkout
				.place(OrderFixtures.request(OrderFixtures.buyer(), "k-" + i, PaymentMethod.BANK_TRANSFER,
						OrderFixtures.line(plenty1, 1), OrderFixtures.line(plenty2, 2), OrderFixtures.line(scarce, 1)))
				.map((placed) -> "PLACED")
				.onErrorResume(OutOfStock.class, (ex) -> Mono.just("OUT:" + ex.listingId()))
				.subscribeOn(Schedulers.parallel()), 50)
			.collectList()
			.block(Duration.ofMinutes(2));

		assertThat(outcomes.stream().filter("PLACED"::equals)).hasSize(7);
		assertThat(outcomes.stream().filter((outcome) -> outcome.startsWith("OUT"))).hasSize(43)
			.allSatisfy((outcome) -> assertThat(outcome).isEqualTo("OUT:" + scarce));
		assertThat(this.fixtures.stock(scarce)).isZero();
		// Stock + what live orders hold = what there was, per listing.
		Map<String, Integer> initial = Map.of(plenty1, 100, plenty2, 100, scarce, 7);
		initial.forEach((listing, before) -> {
			int held = heldByLiveOrders(listing);
			assertThat(this.fixtures.stock(listing) + held).as(listing).isEqualTo(before);
			assertThat(this.fixtures.holds(listing)).as(listing).hasSize(7);
		});
		assertThat(heldByLiveOrders(plenty2)).isEqualTo(14);
	}

	@Test
	void aRetriedCheckoutKeyAnswersTheSameOrder() {
		String listing = this.fixtures.listing("art-cc-" + UUID.randomUUID(), 5);
		String buyer = OrderFixtures.buyer();
		CheckoutRequest request = OrderFixtures.request(buyer, "same-key", PaymentMethod.COUNTER,
				OrderFixtures.line(listing, 2));
		List<String> ids = Flux.range(0, 8)
			.flatMap((i) -> this.checkout.place(request)
				.map((placed) -> placed.order().id())
				.onErrorResume(CheckoutRefused.class, (ex) -> Mono.just("IN-PROGRESS"))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block(Duration.ofMinutes(1));
		String id = this.checkout.place(request).block().order().id();
		assertThat(ids).allSatisfy((answer) -> assertThat(answer).isIn(id, "IN-PROGRESS"));
		assertThat(this.mongo.count(Query.query(Criteria.where("buyerId").is(buyer)), OrderRepository.ORDERS).block())
			.isEqualTo(1);
		assertThat(this.fixtures.stock(listing)).isEqualTo(3);
	}

	@Test
	void anExpiredReservationIsReleasedExactlyOnceWithTwoSweepersAtOnce() {
		String listing = this.fixtures.listing("art-cc-" + UUID.randomUUID(), 4);
		Orders.PlacedOrder placed = this.checkout
			.place(OrderFixtures.request(OrderFixtures.buyer(), "k", PaymentMethod.UPI, OrderFixtures.line(listing, 3)))
			.block();
		assertThat(this.fixtures.stock(listing)).isEqualTo(1);
		this.fixtures.expireNow(placed.order().id());

		Flux.range(0, 2).flatMap((i) -> this.sweeper.sweep().subscribeOn(Schedulers.parallel())).blockLast();
		this.sweeper.sweep().block();

		assertThat(this.fixtures.stock(listing)).isEqualTo(4);
		assertThat(this.fixtures.holds(listing)).isEmpty();
		Document order = this.fixtures.order(placed.order().id());
		assertThat(order.getString("status")).isEqualTo("EXPIRED");
		assertThat(order.getBoolean("stockReleased")).isTrue();
		assertThat(this.mongo
			.find(Query.query(Criteria.where("orderId").is(placed.order().id())), Document.class,
					OrderPartRepository.PARTS)
			.map((part) -> part.getString("status"))
			.collectList()
			.block()).containsOnly("EXPIRED");
	}

	@Test
	void aCheckoutThatStoppedHalfWayIsUndoneByTheSweeper() {
		String listing = this.fixtures.listing("art-cc-" + UUID.randomUUID(), 2);
		String orderId = "ord-halfway-" + UUID.randomUUID();
		// A checkout that reserved its line and died before moving on.
		this.mongo
			.insert(new Document("_id", orderId).append("status", "PLACING")
				.append("buyerId", "usr-halfway")
				.append("checkoutKey", orderId)
				.append("totalMinor", 100_000L)
				.append("currency", "INR")
				.append("reservations",
						List.of(new Document("key", orderId + ":1").append("partId", orderId + "-1")
							.append("listingId", listing)
							.append("quantity", 1)))
				.append("createdAt", new java.util.Date(System.currentTimeMillis() - 120_000)), OrderRepository.ORDERS)
			.block();
		this.mongo.getCollection(ladakh.crafts.marketplace.catalog.ListingFixtures.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.updateOne(com.mongodb.client.model.Filters.eq("_id", listing),
					com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.inc("stock", -1),
							com.mongodb.client.model.Updates.push("holds", orderId + ":1")))))
			.block();

		Flux.range(0, 2).flatMap((i) -> this.sweeper.sweep().subscribeOn(Schedulers.parallel())).blockLast();

		assertThat(this.fixtures.stock(listing)).isEqualTo(2);
		assertThat(this.fixtures.order(orderId).getString("status")).isEqualTo("CANCELLED");
	}

	/**
	 * Pieces of the listing held by orders that still hold stock (AWAITING_PAYMENT or
	 * PAID).
	 */
	private int heldByLiveOrders(String listing) {
		return this.mongo
			.find(Query.query(Criteria.where("reservations.listingId")
				.is(listing)
				.and("status")
				.in("AWAITING_PAYMENT", "PAID", "PAYMENT_FLAGGED")), Document.class, OrderRepository.ORDERS)
			.flatMapIterable((order) -> order.getList("reservations", Document.class))
			.filter((reservation) -> listing.equals(reservation.getString("listingId")))
			.map((reservation) -> reservation.get("quantity", Number.class).intValue())
			.reduce(0, Integer::sum)
			.block();
	}

}
