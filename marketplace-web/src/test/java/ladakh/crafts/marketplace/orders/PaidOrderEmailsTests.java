package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paid order's emails survive a crash: they are in the outbox before the order is
 * marked as followed up, so a process that dies at any point either leaves the mark unset
 * (and the sweeper's re-drive queues nothing twice) or has queued them already.
 */
@MockServerTest
class PaidOrderEmailsTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Orders orders;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	Clock clock;

	@Autowired
	OrderNotices notices;

	@Autowired
	PaidOrders paid;

	@Autowired
	OrderRepository repository;

	@Autowired
	OrderPartRepository parts;

	@Test
	void aProcessThatDiesRightAfterThePaidMarkHasQueuedTheBuyersPaidEmailAlready() {
		String email = "paid-" + UUID.randomUUID() + "@example.in";
		String orderId = paidOrder(email);
		PaidOrders dying = new PaidOrders(this.repository, this.parts, this.ledger, this.notices, (event) -> {
			throw new ProcessDied();
		}, this.clock);

		assertThatThrownBy(() -> dying.followUp(this.orders.find(orderId).block()).block())
			.isInstanceOf(ProcessDied.class);

		assertThat(
				this.mongo.findById(orderId, Document.class, OrderRepository.ORDERS).block().getBoolean("paidFollowUp"))
			.isTrue();
		assertThat(queued("order-paid:" + orderId + ":buyer")).isEqualTo(1);
	}

	@Test
	void aProcessThatDiesBetweenQueueingThePaidEmailAndTheMarkIsRedrivenAndQueuesItOnce() {
		String email = "paid-" + UUID.randomUUID() + "@example.in";
		String orderId = paidOrder(email);
		OrderNotices queueThenDie = new OrderNotices() {

			@Override
			public Mono<Void> paid(String id) {
				return PaidOrderEmailsTests.this.notices.paid(id).then(Mono.error(new ProcessDied()));
			}

			@Override
			public Mono<Void> paymentReturned(String id, Order.ReturnedPayment returned) {
				return Mono.error(new UnsupportedOperationException());
			}

		};
		PaidOrders dying = new PaidOrders(this.repository, this.parts, this.ledger, queueThenDie, (event) -> {
		}, this.clock);

		assertThatThrownBy(() -> dying.followUp(this.orders.find(orderId).block()).block())
			.isInstanceOf(ProcessDied.class);
		assertThat(
				this.mongo.findById(orderId, Document.class, OrderRepository.ORDERS).block().getBoolean("paidFollowUp"))
			.isNull();
		assertThat(queued("order-paid:" + orderId + ":buyer")).isEqualTo(1);

		// What the sweeper does with a PAID order that has no mark.
		this.paid.followUp(this.orders.find(orderId).block()).block();

		assertThat(
				this.mongo.findById(orderId, Document.class, OrderRepository.ORDERS).block().getBoolean("paidFollowUp"))
			.isTrue();
		assertThat(queued("order-paid:" + orderId + ":buyer")).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("to").is(email)), "notification_outbox").block())
			.isEqualTo(1);
	}

	private String paidOrder(String email) {
		String seller = "art-paid-" + UUID.randomUUID();
		return new FulfilmentFixtures(this.mongo)
			.order("usr-paid-" + UUID.randomUUID(), email, "PAID", "AWAITING_PAYMENT",
					new FulfilmentFixtures.Item(seller, new ListingFixtures(this.mongo).listing(seller, "PUBLISHED"), 1,
							55_000))
			.getString("_id");
	}

	private long queued(String key) {
		return this.mongo.count(Query.query(Criteria.where("_id").is(key)), "notification_outbox").block();
	}

	/** The process stopped here. */
	private static final class ProcessDied extends RuntimeException {

	}

}
