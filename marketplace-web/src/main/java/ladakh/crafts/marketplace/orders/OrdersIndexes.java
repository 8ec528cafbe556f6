package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.system.backfill.BackfillRepository;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates the orders area's indexes at start, each through the repository that owns the
 * collection; then, once per database, the fields its sweeps and lists ask for on orders
 * stored before they were written (decision 0046).
 */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersIndexes implements ApplicationRunner {

	private final OrderIndexRepository orders;

	private final OrderPartRepository parts;

	private final CartRepository carts;

	private final CheckoutAttemptRepository attempts;

	private final BackfillRepository backfills;

	OrdersIndexes(OrderIndexRepository orders, OrderPartRepository parts, CartRepository carts,
			CheckoutAttemptRepository attempts, BackfillRepository backfills) {
		this.backfills = backfills;
		this.orders = orders;
		this.parts = parts;
		this.carts = carts;
		this.attempts = attempts;
	}

	@Override
	public void run(ApplicationArguments args) {
		create().block(java.time.Duration.ofMinutes(10));
	}

	Mono<Void> create() {
		return this.orders.createIndexes()
			.then(this.parts.createIndexes())
			.then(this.carts.createIndexes())
			.then(this.attempts.createIndexes())
			.then(this.backfills.once("orders.stockReleased-hasReturnedPayments", this.orders::backfillFlags))
			.then();
	}

}
