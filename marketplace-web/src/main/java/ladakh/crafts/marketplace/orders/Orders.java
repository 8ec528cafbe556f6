package ladakh.crafts.marketplace.orders;

import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reads orders and their parts: the public door for the pages of buyers, sellers and
 * staff. A buyer's reads are scoped to the buyer (another buyer's id is simply not
 * found).
 */
@Service
public class Orders {

	private final OrderRepository repository;

	private final OrderPartRepository parts;

	Orders(OrderRepository repository, OrderPartRepository parts) {
		this.repository = repository;
		this.parts = parts;
	}

	/** Any order by id (staff, payments). */
	public Mono<Order> find(String orderId) {
		return this.repository.find(orderId);
	}

	/** The buyer's own order, or empty (also for a PLACING or NOT_PLACED one). */
	public Mono<Order> ofBuyer(String buyerId, String orderId) {
		return find(orderId).filter((order) -> buyerId.equals(order.buyerId()) && order.visible());
	}

	/**
	 * A page of the buyer's orders, newest first, from {@code after} on (those not placed
	 * are left out, so a page may show fewer).
	 */
	public Mono<Page<Order>> ofBuyer(String buyerId, After after) {
		return this.repository.ofBuyer(buyerId, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (order) -> After.of(order.createdAt(), order.id())))
			.map((page) -> new Page<>(page.items().stream().filter(Order::visible).toList(), page.next()));
	}

	/**
	 * A page of the orders in a status, newest first, from {@code after} on (staff lists:
	 * a transfer usually arrives soon after its order; unpaid ones expire by themselves).
	 */
	public Mono<Page<Order>> inStatus(OrderStatus status, After after) {
		return this.repository.inStatus(status, after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (order) -> After.of(order.createdAt(), order.id())));
	}

	/**
	 * The buyer's newest placed order that has an address, to fill their next checkout;
	 * empty before their first. Reads a few of their newest orders at most (by the
	 * buyer's index), skipping checkouts that were never placed.
	 */
	public Mono<Order> lastShippedTo(String buyerId) {
		return this.repository.ofBuyer(buyerId, null, LAST_ADDRESS_LOOK_BACK)
			.filter((order) -> order.visible() && order.shippingAddress() != null)
			.next();
	}

	/** How many of a buyer's newest orders are looked at for their last address. */
	private static final int LAST_ADDRESS_LOOK_BACK = 5;

	/**
	 * Orders that had a gateway payment given back, latest change first (the staff list
	 * of returned payments).
	 */
	public Mono<Page<Order>> withReturnedPayments(After after) {
		return this.repository.withReturnedPayments(after, Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, (order) -> After.of(order.updatedAt(), order.id())));
	}

	/** The parts of an order, in part order. */
	public Flux<OrderPart> parts(String orderId) {
		return this.parts.parts(orderId);
	}

	/** One part by id. */
	public Mono<OrderPart> part(String partId) {
		return this.parts.part(partId);
	}

	/** An order with its parts. */
	public Mono<PlacedOrder> withParts(Mono<Order> order) {
		return order.flatMap((found) -> parts(found.id()).collectList().map((parts) -> new PlacedOrder(found, parts)));
	}

	/**
	 * An order with its parts.
	 *
	 * @param order the order
	 * @param parts its parts, one per seller
	 */
	public record PlacedOrder(Order order, List<OrderPart> parts) {
	}

}
