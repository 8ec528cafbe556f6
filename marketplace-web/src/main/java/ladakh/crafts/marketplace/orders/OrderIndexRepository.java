package ladakh.crafts.marketplace.orders;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code orders} collection's indexes, each serving a query of
 * {@link OrderRepository} (decision 0046), and the one-time backfill of the stored flags
 * some of them serve.
 */
@Repository
class OrderIndexRepository {

	private final ReactiveMongoTemplate mongo;

	OrderIndexRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The unique checkout key is what makes a retried checkout answer the same order. */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(OrderRepository.ORDERS)
			.flatMap((orders) -> Mono
				.from(orders.createIndex(Indexes.ascending("checkoutKey"), new IndexOptions().unique(true)))
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "reservedUntil"))))
				.then(Mono.from(orders.createIndex(Indexes.ascending("buyerId", "createdAt"))))
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "createdAt"))))
				// the staff's lists by status, a page at a time
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "createdAt", "_id"))))
				.then(Mono.from(orders.createIndex(
						Indexes.compoundIndex(Indexes.ascending("buyerId"), Indexes.descending("createdAt", "_id")))))
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "paidFollowUp"))))
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "stockReleased"))))
				.then(Mono.from(orders.createIndex(Indexes.compoundIndex(Indexes.ascending(OrderRepository.RETURNED),
						Indexes.descending("updatedAt", "_id"))))))
			.then();
	}

	/**
	 * Writes the fields the sweeps and lists now ask for by equality on orders stored
	 * before they were written: {@code stockReleased: false} on closed orders without it
	 * (so the stock-release sweep finds them) and {@code hasReturnedPayments} on orders
	 * with a returned payment. Reads the closed orders and then every order: run once per
	 * database (system.backfill). Idempotent.
	 * @return how many orders were changed
	 */
	Mono<Long> backfillFlags() {
		return this.mongo.getCollection(OrderRepository.ORDERS)
			.flatMap((orders) -> Mono
				.from(orders.updateMany(Filters.and(Filters.in("status", OrderRepository.closed()),
						Filters.exists("stockReleased", false)), Updates.set("stockReleased", false)))
				.zipWith(Mono.from(orders.updateMany(
						Filters.and(Filters.exists("returnedPayments.0"), Filters.ne(OrderRepository.RETURNED, true)),
						Updates.set(OrderRepository.RETURNED, true))))
				.map((results) -> results.getT1().getModifiedCount() + results.getT2().getModifiedCount()));
	}

}
