package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.QueryScanCheck;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the stock-release sweep and the staff's returned-payments list ask for stored
 * flags an index serves, so they read the few orders they want, not every closed order;
 * orders stored before the flags were written get them from the start-up backfill.
 */
@MockServerTest
class OrderSweepFlagsTests {

	@Autowired
	OrderRepository orders;

	@Autowired
	OrderIndexRepository indexes;

	@Autowired
	OrderPartRepository parts;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void theStockReleaseSweepReadsOnlyClosedOrdersStillHoldingStock() {
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		String buyer = "usr-sweep-" + UUID.randomUUID();
		Document template = fixtures.order(buyer, null, "EXPIRED", "EXPIRED");
		List<Document> released = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			String id = "ord-" + UUID.randomUUID();
			released.add(new Document(template).append("_id", id)
				.append("checkoutKey", buyer + ":" + id)
				.append("stockReleased", true));
		}
		this.mongo.insertAll(reactor.core.publisher.Mono.just(released), OrderRepository.ORDERS).blockLast();

		List<QueryScans.Scan> reads = new ArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(0, reads::add)) {
			this.orders.stockNotReleased(100).collectList().block();
		}
		assertThat(reads).as("the released orders are not read")
			.noneMatch((scan) -> scan.shape().contains("stockReleased"));
	}

	@Test
	void theRefundRetrySweepReadsOnlyTheOpenRefunds() {
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		Document order = fixtures.order("usr-refunds-" + UUID.randomUUID(), null, "PAID", "CANCELLED",
				new FulfilmentFixtures.Item("art-refunds", "lst-refunds", 1, 10_000L));
		Document template = fixtures.part(FulfilmentFixtures.partIds(order).get(0));
		java.util.Date old = java.util.Date.from(Instant.now().minusSeconds(3600));
		List<Document> settled = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			settled.add(new Document(template).append("_id", "part-refunded-" + UUID.randomUUID())
				.append("refund", new Document("status", "SUCCEEDED"))
				.append("updatedAt", old));
		}
		this.mongo.insertAll(reactor.core.publisher.Mono.just(settled), OrderPartRepository.PARTS).blockLast();

		List<QueryScans.Scan> reads = new ArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(0, reads::add)) {
			assertThat(this.parts.refundsOpenSince(Instant.now(), 100).collectList().block())
				.hasSizeLessThanOrEqualTo(100);
		}
		assertThat(reads).as("the settled refunds are not read")
			.noneMatch((scan) -> scan.shape().contains("refund.status"));
	}

	@Test
	void aReturnedPaymentPutsItsOrderOnTheStaffListThroughAFlag() {
		Document order = new FulfilmentFixtures(this.mongo).order("usr-returned-" + UUID.randomUUID(), null, "EXPIRED",
				"EXPIRED");
		String id = order.getString("_id");
		this.orders
			.addReturnedPayment(id,
					new Order.ReturnedPayment("pi_" + UUID.randomUUID(), Money.of(10_000L, "INR"), "STRIPE", "CLOSED",
							"payment-refund:x", Order.ReturnedPayment.REFUNDING, null, Instant.now()))
			.block();

		assertThat(stored(id).getBoolean(OrderRepository.RETURNED)).isTrue();
		assertThat(this.orders.withReturnedPayments(null, 20).map(Order::id).collectList().block()).contains(id);
	}

	@Test
	void ordersStoredBeforeTheFlagsGetThemFromTheBackfill() {
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		String closed = fixtures.order("usr-legacy-" + UUID.randomUUID(), null, "CANCELLED", "CANCELLED")
			.getString("_id");
		String returned = fixtures.order("usr-legacy-" + UUID.randomUUID(), null, "PAID", "PAID").getString("_id");
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(closed)), new Update().unset("stockReleased"),
					OrderRepository.ORDERS)
			.block();
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(returned)),
					new Update().push("returnedPayments",
							new Document("reference", "pi_legacy").append("amountMinor", 1L)),
					OrderRepository.ORDERS)
			.block();

		// (It reads every order, as it does once per database: excused here.)
		long changed = backfill();

		assertThat(changed).isGreaterThanOrEqualTo(2L);
		assertThat(stored(closed).get("stockReleased")).as("found by the sweep again").isNotNull();
		assertThat(stored(returned).getBoolean(OrderRepository.RETURNED)).isTrue();
		assertThat(backfill()).as("idempotent").isZero();
	}

	private long backfill() {
		return QueryScanCheck.excusing(
				(scan) -> scan.startsWith("orders update") && scan.contains("stockReleased")
						|| scan.startsWith("orders update") && scan.contains("returnedPayments"),
				() -> this.indexes.backfillFlags().block());
	}

	private Document stored(String id) {
		return this.mongo.findById(id, Document.class, OrderRepository.ORDERS).block();
	}

}
