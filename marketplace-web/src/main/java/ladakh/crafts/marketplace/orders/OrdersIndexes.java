package ladakh.crafts.marketplace.orders;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders area's indexes. The unique {@code checkoutKey} is what makes a retried
 * checkout answer the same order.
 */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersIndexes implements ApplicationRunner {

	private final ReactiveMongoTemplate mongo;

	OrdersIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		create().block(java.time.Duration.ofMinutes(1));
	}

	Mono<Void> create() {
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMap((orders) -> Mono
				.from(orders.createIndex(Indexes.ascending("checkoutKey"), new IndexOptions().unique(true)))
				.then(Mono.from(orders.createIndex(Indexes.ascending("status", "reservedUntil"))))
				.then(Mono.from(orders.createIndex(Indexes.ascending("buyerId", "createdAt")))))
			.then(this.mongo.getCollection(OrderPart.COLLECTION)
				.flatMap((parts) -> Mono.from(parts.createIndex(Indexes.ascending("orderId")))
					.then(Mono.from(parts.createIndex(Indexes.ascending("sellerId", "createdAt"))))))
			.then(this.mongo.getCollection(Carts.COLLECTION)
				.flatMap((carts) -> Mono.from(carts.createIndex(Indexes.ascending("updatedAt")))))
			// An hour's attempt counters go once their window is over.
			.then(this.mongo.getCollection(CheckoutAttempts.COLLECTION)
				.flatMap((attempts) -> Mono.from(attempts.createIndex(Indexes.ascending("expireAt"),
						new IndexOptions().expireAfter(0L, java.util.concurrent.TimeUnit.SECONDS)))))
			.then();
	}

}
