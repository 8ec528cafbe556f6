package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The guard against stock hoarding (docs/decisions/0033): one document per buyer in
 * {@code buyer_holds} lists their open unpaid orders with the pieces each reserves. A
 * checkout takes a place by one conditional single-document update ("fewer than the most
 * orders, and room for these pieces"), as the stock guard takes stock, so parallel
 * checkouts of one buyer cannot together pass the caps. A place is given back once its
 * order is no longer open (paid, expired, cancelled, not placed): checked at the buyer's
 * next checkout, so no other step of the order's life needs to know about this guard.
 */
@Service
class UnpaidHolds {

	static final String COLLECTION = "buyer_holds";

	private static final List<String> OPEN = List.of(OrderStatus.PLACING.name(), OrderStatus.AWAITING_PAYMENT.name());

	private final ReactiveMongoTemplate mongo;

	private final OrdersProperties properties;

	private final Clock clock;

	UnpaidHolds(ReactiveMongoTemplate mongo, OrdersProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes a place for this order.
	 * @param pieces the pieces it reserves (made-to-order lines reserve none)
	 * @return empty when taken; {@link CheckoutRefused} (409) when the buyer holds too
	 * many unpaid orders or pieces
	 */
	Mono<Void> take(String buyerId, String orderId, int pieces) {
		int maxOrders = this.properties.maxOpenUnpaidOrders();
		int maxPieces = this.properties.maxReservedPieces();
		if (pieces > maxPieces) {
			return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyPieces", 0, maxPieces));
		}
		Instant now = this.clock.instant();
		Bson room = Filters.and(Filters.eq("_id", buyerId), Filters.exists("orders." + (maxOrders - 1), false),
				Filters.lte("pieces", maxPieces - pieces));
		Bson take = Updates.combine(
				Updates.push("orders",
						new Document("id", orderId).append("pieces", pieces).append("at", Date.from(now))),
				Updates.inc("pieces", pieces));
		return giveBackClosed(buyerId, now)
			.then(collection()
				.flatMap(
						(holds) -> Mono.from(holds.updateOne(Filters.eq("_id", buyerId),
								Updates.combine(Updates.setOnInsert("orders", List.of()),
										Updates.setOnInsert("pieces", 0)),
								new UpdateOptions().upsert(true)))))
			.then(collection().flatMap((holds) -> Mono.from(holds.updateOne(room, take))))
			.flatMap((result) -> (result.getModifiedCount() == 1) ? Mono.empty() : refusal(buyerId));
	}

	/** Gives this order's place back (idempotent: only while the order is listed). */
	Mono<Void> giveBack(String buyerId, String orderId) {
		return held(buyerId).filter((entry) -> orderId.equals(entry.getString("id"))).concatMap((entry) -> {
			Number pieces = entry.get("pieces", Number.class);
			Bson listed = Filters.and(Filters.eq("_id", buyerId),
					Filters.elemMatch("orders", Filters.and(Filters.eq("id", orderId), Filters.eq("pieces", pieces))));
			return collection().flatMap((holds) -> Mono
				.from(holds.updateOne(listed, Updates.combine(Updates.pull("orders", new Document("id", orderId)),
						Updates.inc("pieces", -pieces.intValue())))));
		}).then();
	}

	/**
	 * Gives back the places of orders that are no longer open; an order never written (a
	 * checkout that died before its insert) counts as open until the placing timeout.
	 */
	private Mono<Void> giveBackClosed(String buyerId, Instant now) {
		Instant stale = now.minus(this.properties.placingTimeout());
		return held(buyerId)
			.concatMap((entry) -> this.mongo.findById(entry.getString("id"), Document.class, Order.COLLECTION)
				.map((order) -> !OPEN.contains(order.getString("status")))
				.defaultIfEmpty(entry.getDate("at") == null || entry.getDate("at").toInstant().isBefore(stale))
				.filter(Boolean::booleanValue)
				.flatMap((closed) -> giveBack(buyerId, entry.getString("id"))))
			.then();
	}

	private Flux<Document> held(String buyerId) {
		return this.mongo.findById(buyerId, Document.class, COLLECTION)
			.flatMapIterable((holds) -> holds.getList("orders", Document.class, List.of()));
	}

	private Mono<Void> refusal(String buyerId) {
		return this.mongo.findById(buyerId, Document.class, COLLECTION).flatMap((holds) -> {
			int orders = holds.getList("orders", Document.class, List.of()).size();
			if (orders >= this.properties.maxOpenUnpaidOrders()) {
				return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyUnpaid", orders));
			}
			Number pieces = holds.get("pieces", Number.class);
			return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyPieces",
					(pieces != null) ? pieces.intValue() : 0, this.properties.maxReservedPieces()));
		});
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
