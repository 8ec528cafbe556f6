package ladakh.crafts.marketplace.orders;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads orders and their parts: the public door for the pages of buyers, sellers and
 * staff. A buyer's reads are scoped to the buyer (another buyer's id is simply not
 * found).
 */
@Service
public class Orders {

	private final ReactiveMongoTemplate mongo;

	Orders(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Any order by id (staff, payments). */
	public Mono<Order> find(String orderId) {
		return this.mongo.findById(orderId, Document.class, Order.COLLECTION).map(Order::of);
	}

	/** The buyer's own order, or empty (also for a PLACING or NOT_PLACED one). */
	public Mono<Order> ofBuyer(String buyerId, String orderId) {
		return find(orderId).filter((order) -> buyerId.equals(order.buyerId()) && order.visible());
	}

	/** The buyer's orders, newest first. */
	public Flux<Order> ofBuyer(String buyerId) {
		Query query = Query
			.query(Criteria.where("buyerId")
				.is(buyerId)
				.and("status")
				.in(OrderStatus.VISIBLE.stream().map(Enum::name).toList()))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"));
		return this.mongo.find(query, Document.class, Order.COLLECTION).map(Order::of);
	}

	/** Orders in a status, oldest first (staff lists). */
	public Flux<Order> inStatus(OrderStatus status, int limit) {
		Query query = Query.query(Criteria.where("status").is(status.name()))
			.with(Sort.by(Sort.Direction.ASC, "createdAt"))
			.limit(limit);
		return this.mongo.find(query, Document.class, Order.COLLECTION).map(Order::of);
	}

	/**
	 * Orders that had a gateway payment given back, latest change first (the staff list
	 * of returned payments).
	 */
	public Flux<Order> withReturnedPayments(int limit) {
		Query query = Query.query(Criteria.where("returnedPayments.0").exists(true))
			.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
			.limit(limit);
		return this.mongo.find(query, Document.class, Order.COLLECTION).map(Order::of);
	}

	/** The parts of an order, in part order. */
	public Flux<OrderPart> parts(String orderId) {
		Query query = Query.query(Criteria.where("orderId").is(orderId)).with(Sort.by("_id"));
		return this.mongo.find(query, Document.class, OrderPart.COLLECTION).map(OrderPart::of);
	}

	/** One part by id. */
	public Mono<OrderPart> part(String partId) {
		return this.mongo.findById(partId, Document.class, OrderPart.COLLECTION).map(OrderPart::of);
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
