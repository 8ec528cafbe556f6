package ladakh.crafts.marketplace.orders;

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
import org.springframework.stereotype.Repository;

/**
 * Each buyer's open unpaid orders with the pieces each reserves ({@code buyer_holds}, one
 * document per buyer: {@code orders[{id, pieces, at}]} and their sum {@code pieces}).
 * Taking a place is one conditional single-document update, as the stock guard takes
 * stock, so parallel checkouts of one buyer cannot together pass the caps.
 */
@Repository
class BuyerHoldRepository {

	static final String COLLECTION = "buyer_holds";

	private final ReactiveMongoTemplate mongo;

	BuyerHoldRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** One held place. */
	record Held(String orderId, int pieces, Instant at) {
	}

	/**
	 * Takes a place when the buyer holds fewer than {@code maxOrders} orders and room for
	 * {@code pieces} within {@code maxPieces}; the buyer's first place creates the
	 * document (an upsert: when the document exists but has no room, its insert meets the
	 * id and the answer is false).
	 * @return whether the place was taken
	 */
	Mono<Boolean> take(String buyerId, String orderId, int pieces, int maxOrders, int maxPieces, Instant now) {
		Bson room = Filters.and(Filters.eq("_id", buyerId), Filters.exists("orders." + (maxOrders - 1), false),
				Filters.lte("pieces", maxPieces - pieces));
		Bson take = Updates.combine(
				Updates.push("orders",
						new Document("id", orderId).append("pieces", pieces).append("at", Date.from(now))),
				Updates.inc("pieces", pieces));
		return collection().flatMap((holds) -> Mono.from(holds.updateOne(room, take, new UpdateOptions().upsert(true))))
			.map((result) -> result.getModifiedCount() == 1 || result.getUpsertedId() != null)
			.onErrorResume(CheckoutAttemptRepository::duplicate, (ex) -> Mono.just(false));
	}

	/** Gives a place back (idempotent: only while the order is listed). */
	Mono<Void> giveBack(String buyerId, String orderId, int pieces) {
		Bson listed = Filters.and(Filters.eq("_id", buyerId),
				Filters.elemMatch("orders", Filters.and(Filters.eq("id", orderId), Filters.eq("pieces", pieces))));
		return collection().flatMap((holds) -> Mono.from(holds.updateOne(listed,
				Updates.combine(Updates.pull("orders", new Document("id", orderId)), Updates.inc("pieces", -pieces)))))
			.then();
	}

	/** The buyer's held places. */
	Flux<Held> held(String buyerId) {
		return collection().flatMap((holds) -> Mono.from(holds.find(Filters.eq("_id", buyerId)).first()))
			.flatMapIterable((holds) -> holds.getList("orders", Document.class, List.of()))
			.map((entry) -> {
				Number pieces = entry.get("pieces", Number.class);
				Date at = entry.getDate("at");
				return new Held(entry.getString("id"), (pieces != null) ? pieces.intValue() : 0,
						(at != null) ? at.toInstant() : null);
			});
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
