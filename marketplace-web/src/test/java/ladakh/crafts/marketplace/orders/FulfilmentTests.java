package ladakh.crafts.marketplace.orders;

import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The part state machine against the in-process MongoDB: each move only from its status,
 * cancel before shipping restores stock exactly once and refunds into the ledger, and the
 * ledger's net per seller equals paid minus refunded.
 */
@MockServerTest
class FulfilmentTests {

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	ReactiveMongoTemplate mongo;

	private FulfilmentFixtures orders;

	private ListingFixtures listings;

	private String sellerA;

	private String sellerB;

	@BeforeEach
	void seed() {
		this.orders = new FulfilmentFixtures(this.mongo);
		this.listings = new ListingFixtures(this.mongo);
		this.sellerA = "art-ful-a-" + UUID.randomUUID();
		this.sellerB = "art-ful-b-" + UUID.randomUUID();
	}

	@Test
	void aPartMovesPaidPackedShippedDeliveredAndNeverSkipsOrRepeatsAStep() {
		String listing = this.listings.listing(this.sellerA, "PUBLISHED");
		Document order = this.orders.order("usr-ful-" + UUID.randomUUID(), null, "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, listing, 1, 50_000));
		String part = FulfilmentFixtures.partIds(order).get(0);

		assertRefused(this.fulfilment.ship(this.sellerA, part, "India Post", "EE1"), FulfilmentRefused.Kind.CONFLICT);
		assertRefused(this.fulfilment.deliver(this.sellerA, part), FulfilmentRefused.Kind.CONFLICT);
		assertThat(this.fulfilment.pack(this.sellerA, part).block().status()).isEqualTo(PartStatus.PACKED);
		assertRefused(this.fulfilment.pack(this.sellerA, part), FulfilmentRefused.Kind.CONFLICT);
		assertRefused(this.fulfilment.ship(this.sellerA, part, "India Post", " "), FulfilmentRefused.Kind.INVALID);
		assertRefused(this.fulfilment.ship(this.sellerA, part, "", "EE1"), FulfilmentRefused.Kind.INVALID);
		OrderPart shipped = this.fulfilment.ship(this.sellerA, part, "India Post", "EE123456789IN").block();
		assertThat(shipped.status()).isEqualTo(PartStatus.SHIPPED);
		assertThat(shipped.trackingNumber()).isEqualTo("EE123456789IN");
		assertRefused(this.fulfilment.cancelBySeller(this.sellerA, part, "too late"), FulfilmentRefused.Kind.CONFLICT);
		assertThat(this.fulfilment.deliver(this.sellerA, part).block().status()).isEqualTo(PartStatus.DELIVERED);
	}

	@Test
	void anotherSellersPartIsNotFoundAndUnchanged() {
		String listing = this.listings.listing(this.sellerA, "PUBLISHED");
		Document order = this.orders.order("usr-ful-" + UUID.randomUUID(), null, "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, listing, 1, 50_000));
		String part = FulfilmentFixtures.partIds(order).get(0);
		assertRefused(this.fulfilment.pack(this.sellerB, part), FulfilmentRefused.Kind.NOT_FOUND);
		assertRefused(this.fulfilment.cancelBySeller(this.sellerB, part, "not mine"), FulfilmentRefused.Kind.NOT_FOUND);
		assertRefused(this.fulfilment.cancelByBuyer("usr-someone-else", order.getString("_id"), part, "not mine"),
				FulfilmentRefused.Kind.NOT_FOUND);
		assertThat(this.orders.part(part).getString("status")).isEqualTo("PAID");
		assertThat(this.fulfilment.partsOf(this.sellerB, null, null).block().items()).isEmpty();
	}

	@Test
	void concurrentCancelsRestoreStockExactlyOnceAndRefundOnce() {
		String listing = this.listings.listing(this.sellerA, "PUBLISHED");
		int before = stock(listing);
		String buyer = "usr-ful-" + UUID.randomUUID();
		Document order = this.orders.order(buyer, null, "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, listing, 2, 30_000));
		String part = FulfilmentFixtures.partIds(order).get(0);

		List<Object> outcomes = Flux.range(0, 8)
			.flatMap((n) -> ((n % 2 == 0) ? this.fulfilment.cancelBySeller(this.sellerA, part, "out of wool")
					: this.fulfilment.cancelByBuyer(buyer, order.getString("_id"), part, "changed my mind"))
				.<Object>map((cancelled) -> cancelled)
				.onErrorResume(FulfilmentRefused.class, (ex) -> Mono.just(ex.kind()))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block();

		assertThat(outcomes.stream().filter(OrderPart.class::isInstance)).hasSize(1);
		assertThat(outcomes.stream().filter(FulfilmentRefused.Kind.CONFLICT::equals)).hasSize(7);
		assertThat(stock(listing)).as("the reservation given back").isEqualTo(before);
		Document stored = this.orders.part(part);
		assertThat(stored.getString("status")).isEqualTo("CANCELLED");
		assertThat(stored.get("refund", Document.class).getString("status")).isEqualTo("TO_PAY_OFFLINE");
		assertThat(this.ledger.entriesOf(this.sellerA).collectList().block()).singleElement()
			.satisfies((entry) -> assertThat(entry.amount()).isEqualTo(Money.paise(60_000)));
	}

	@Test
	void eachSellersLedgerNetIsPaidMinusRefundedAcrossPaidCancelledAndDeliveredParts() {
		String sellerC = "art-ful-c-" + UUID.randomUUID();
		String a1 = this.listings.listing(this.sellerA, "PUBLISHED");
		String a2 = this.listings.listing(this.sellerA, "PUBLISHED");
		String b1 = this.listings.listing(this.sellerB, "PUBLISHED");
		String c1 = this.listings.listing(sellerC, "PUBLISHED");
		long paidA = 0;
		long paidB = 0;
		long paidC = 0;
		long refundedA = 0;
		long refundedB = 0;
		// Order 1: A and B; A delivered, B cancelled by the buyer.
		String buyer = "usr-ful-" + UUID.randomUUID();
		Document first = this.orders.order(buyer, null, "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, a1, 1, 125_050),
				new FulfilmentFixtures.Item(this.sellerB, b1, 2, 33_333));
		sales(first);
		paidA += 125_050;
		paidB += 66_666;
		String firstA = FulfilmentFixtures.partIds(first).get(0);
		String firstB = FulfilmentFixtures.partIds(first).get(1);
		this.fulfilment.pack(this.sellerA, firstA).block();
		this.fulfilment.ship(this.sellerA, firstA, "Speed Post", "EE1").block();
		this.fulfilment.deliver(this.sellerA, firstA).block();
		this.fulfilment.cancelByBuyer(buyer, first.getString("_id"), firstB, "ordered twice").block();
		refundedB += 66_666;
		// Order 2: A (two lines), B and C; A cancelled by the seller after packing, B and
		// C
		// only paid.
		Document second = this.orders.order(buyer, null, "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, a1, 1, 125_050),
				new FulfilmentFixtures.Item(this.sellerA, a2, 3, 999),
				new FulfilmentFixtures.Item(this.sellerB, b1, 1, 33_333),
				new FulfilmentFixtures.Item(sellerC, c1, 1, 7_500));
		sales(second);
		paidA += 125_050 + 2_997;
		paidB += 33_333;
		paidC += 7_500;
		String secondA = FulfilmentFixtures.partIds(second).get(0);
		this.fulfilment.pack(this.sellerA, secondA).block();
		this.fulfilment.cancelBySeller(this.sellerA, secondA, "damaged in the workshop").block();
		refundedA += 125_050 + 2_997;
		// A retried cancel changes nothing.
		assertRefused(this.fulfilment.cancelBySeller(this.sellerA, secondA, "again"), FulfilmentRefused.Kind.CONFLICT);
		// A recorded sale or refund recorded again is stored once.
		sales(second);

		assertThat(this.ledger.netOf(this.sellerA).block()).isEqualTo(Money.paise(paidA - refundedA));
		assertThat(this.ledger.netOf(this.sellerB).block()).isEqualTo(Money.paise(paidB - refundedB));
		assertThat(this.ledger.netOf(sellerC).block()).isEqualTo(Money.paise(paidC));
	}

	@Test
	void aDeliveredPartIsTakenBackOnlyWithinTheSellersReturnWindow() {
		String listing = this.listings.listing(this.sellerA, "PUBLISHED");
		int before = stock(listing);
		Document recent = this.orders.order("usr-ful-" + UUID.randomUUID(), null, "PAID", "DELIVERED",
				new FulfilmentFixtures.Item(this.sellerA, listing, 1, 80_000));
		Document old = this.orders.order("usr-ful-" + UUID.randomUUID(), null, "PAID", "DELIVERED",
				new FulfilmentFixtures.Item(this.sellerA, listing, 1, 80_000));
		String oldPart = FulfilmentFixtures.partIds(old).get(0);
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(oldPart)),
					org.springframework.data.mongodb.core.query.Update.update("deliveredAt",
							java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30)))),
					OrderPartRepository.PARTS)
			.block();

		sales(recent);
		sales(old);
		assertRefused(this.fulfilment.returnDelivered(this.sellerA, oldPart, "too late"),
				FulfilmentRefused.Kind.CONFLICT);
		OrderPart returned = this.fulfilment
			.returnDelivered(this.sellerA, FulfilmentFixtures.partIds(recent).get(0), "wrong size")
			.block();
		assertThat(returned.status()).isEqualTo(PartStatus.RETURNED);
		assertThat(stock(listing)).as("two reserved, one taken back").isEqualTo(before - 1);
		assertThat(this.ledger.netOf(this.sellerA).block()).isEqualTo(Money.paise(160_000 - 80_000));
	}

	@Test
	void aCancelWhoseRefundDidNotGoThroughIsFinishedOnceByTheRetry() {
		String listing = this.listings.listing(this.sellerA, "PUBLISHED");
		Document order = this.orders.order("usr-ful-" + UUID.randomUUID(), null, "PAID", "CANCELLED",
				new FulfilmentFixtures.Item(this.sellerA, listing, 1, 45_000));
		String part = FulfilmentFixtures.partIds(order).get(0);
		// As a cancel leaves it when the gateway failed: refund still REQUESTED.
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(part)),
					new org.springframework.data.mongodb.core.query.Update()
						.set("refund", new Document("status", "REQUESTED"))
						.set("cancel", new Document("by", "SELLER").append("reason", "loom broke"))
						.set("updatedAt", java.util.Date.from(java.time.Instant.now().minusSeconds(600))),
					OrderPartRepository.PARTS)
			.block();
		sales(order);

		Mono.zip(this.fulfilment.finishRefunds(java.time.Duration.ofMinutes(1)),
				this.fulfilment.finishRefunds(java.time.Duration.ofMinutes(1)))
			.block();
		assertThat(this.fulfilment.finishRefunds(java.time.Duration.ofMinutes(1)).block()).isZero();

		assertThat(this.orders.part(part).get("refund", Document.class).getString("status"))
			.isEqualTo("TO_PAY_OFFLINE");
		assertThat(this.ledger.netOf(this.sellerA).block()).isEqualTo(Money.ZERO);
	}

	/** What the payments step writes when an order is paid (the orders area's job). */
	private void sales(Document order) {
		for (String partId : FulfilmentFixtures.partIds(order)) {
			Document part = this.orders.part(partId);
			this.ledger
				.recordSale(order.getString("_id"), partId, part.getString("sellerId"),
						Money.paise(part.getLong("subtotalMinor")), "UTR-test", "CARD")
				.block();
		}
	}

	private int stock(String listing) {
		return this.listings.stored(listing).getInteger("stock");
	}

	private static void assertRefused(Mono<?> step, FulfilmentRefused.Kind kind) {
		assertThatThrownBy(step::block).isInstanceOfSatisfying(FulfilmentRefused.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
