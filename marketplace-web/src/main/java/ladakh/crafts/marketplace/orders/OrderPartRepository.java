package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

import static ladakh.crafts.marketplace.orders.OrderRepository.date;
import static ladakh.crafts.marketplace.orders.OrderRepository.instant;
import static ladakh.crafts.marketplace.orders.OrderRepository.many;
import static ladakh.crafts.marketplace.orders.OrderRepository.money;
import static ladakh.crafts.marketplace.orders.OrderRepository.one;
import static ladakh.crafts.marketplace.orders.OrderRepository.set;

/**
 * The only class that knows how an order's parts (one per seller) are stored
 * ({@code order_parts}; fields in docs/data-model.md). Like {@link OrderRepository} it
 * maps {@link OrderPart} by hand and persists each move as one conditional update on the
 * part's previous status, so of two concurrent moves exactly one is stored.
 */
@Repository
class OrderPartRepository {

	static final String PARTS = "order_parts";

	private final ReactiveMongoTemplate mongo;

	OrderPartRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Flux<OrderPart> parts(String orderId) {
		return many(parts(), Filters.eq("orderId", orderId), Sorts.ascending("_id"), 0).map(OrderPartRepository::part);
	}

	Mono<OrderPart> part(String partId) {
		return one(parts(), Filters.eq("_id", partId)).map(OrderPartRepository::part);
	}

	/**
	 * A seller's parts, newest first: in {@code status}, or (null) all that need or had
	 * fulfilment.
	 */
	Flux<OrderPart> partsOfSeller(String sellerId, PartStatus status, After after, int limit) {
		Bson which = (status != null)
				? Filters.and(Filters.eq("sellerId", sellerId), Filters.eq("status", status.name()))
				: Filters.and(Filters.eq("sellerId", sellerId),
						Filters.nin("status", PartStatus.AWAITING_PAYMENT.name(), PartStatus.EXPIRED.name()));
		return many(parts(), newestFirst(which, "createdAt", after), Sorts.descending("createdAt", "_id"), limit)
			.map(OrderPartRepository::part);
	}

	/**
	 * A seller's parts in one status, oldest first: index (sellerId, status, createdAt
	 * desc, _id desc) walked backwards.
	 */
	Flux<OrderPart> oldestPartsOfSeller(String sellerId, PartStatus status, int limit) {
		return many(parts(), Filters.and(Filters.eq("sellerId", sellerId), Filters.eq("status", status.name())),
				Sorts.ascending("createdAt", "_id"), limit)
			.map(OrderPartRepository::part);
	}

	/**
	 * {@code filter} past the position {@code after} in ({@code field}, _id) newest-first
	 * order: the range on the field is what the index serves; only ties are filtered by
	 * id.
	 */
	static Bson newestFirst(Bson filter, String field, After after) {
		if (after == null || after.at() == null) {
			return filter;
		}
		java.util.Date at = date(after.at());
		return Filters.and(filter, Filters.lte(field, at),
				Filters.or(Filters.lt(field, at), Filters.lt("_id", after.id())));
	}

	/**
	 * Cancelled or returned parts whose refund is still asked and not answered, at most
	 * {@code limit} (a sweep takes the rest next pass): index (refund.status, status,
	 * updatedAt) reads only the open ones, not every old cancelled part.
	 */
	Flux<OrderPart> refundsOpenSince(Instant before, int limit) {
		return many(parts(),
				Filters.and(Filters.eq("refund.status", OrderPart.REFUND_REQUESTED),
						Filters.in("status", PartStatus.CANCELLED.name(), PartStatus.RETURNED.name()),
						Filters.lte("updatedAt", date(before))),
				null, limit)
			.map(OrderPartRepository::part);
	}

	/**
	 * Parts whose refund is owed offline, the oldest first, from {@code after} on: index
	 * (refund.status, status, updatedAt) (docs/decisions/0069).
	 */
	Flux<OrderPart> refundsToPayOffline(After after, int limit) {
		Bson which = Filters.and(Filters.eq("refund.status", "TO_PAY_OFFLINE"),
				Filters.in("status", PartStatus.CANCELLED.name(), PartStatus.RETURNED.name()));
		if (after != null && after.at() != null) {
			which = Filters.and(which, Filters.or(Filters.gt("updatedAt", date(after.at())),
					Filters.and(Filters.eq("updatedAt", date(after.at())), Filters.gt("_id", after.id()))));
		}
		return many(parts(), which, Sorts.ascending("updatedAt", "_id"), limit).map(OrderPartRepository::part);
	}

	/** Moves a part's refund status from one to another; false when it was not in it. */
	Mono<Boolean> refundStatus(String partId, String from, String to) {
		return parts().flatMap((parts) -> Mono
			.from(parts.updateOne(Filters.and(Filters.eq("_id", partId), Filters.eq("refund.status", from)),
					Updates.set("refund.status", to))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** New parts of an order being placed. */
	Mono<Void> insertParts(List<OrderPart> parts) {
		return parts()
			.flatMap((collection) -> Mono
				.from(collection.insertMany(parts.stream().map(OrderPartRepository::document).toList())))
			.then();
	}

	/**
	 * Stores a part's move, only while the stored part is still in {@code before}'s
	 * status.
	 * @return {@code after}, or empty when another move came first
	 */
	Mono<OrderPart> save(OrderPart before, OrderPart after) {
		Bson filter = Filters.and(Filters.eq("_id", before.id()), Filters.eq("status", before.status().name()));
		List<Bson> sets = new ArrayList<>();
		sets.add(Updates.set("status", after.status().name()));
		sets.add(Updates.set("updatedAt", date(after.updatedAt())));
		if (!Objects.equals(before.shippedAt(), after.shippedAt())) {
			sets.add(Updates.set("shipment",
					new Document("carrier", after.carrier()).append("trackingNumber", after.trackingNumber())
						.append("shippedAt", date(after.shippedAt()))));
		}
		set(sets, "deliveredAt", before.deliveredAt(), after.deliveredAt(), date(after.deliveredAt()));
		if (!Objects.equals(before.cancelledAt(), after.cancelledAt())) {
			sets.add(Updates.set("cancel", new Document("by", after.cancelBy()).append("reason", after.cancelReason())
				.append("at", date(after.cancelledAt()))));
			sets.add(Updates.set("refund", new Document("status", after.refundStatus())));
		}
		return parts().flatMap((parts) -> Mono.from(parts.updateOne(filter, Updates.combine(sets))))
			.filter((result) -> result.getMatchedCount() == 1)
			.map((result) -> after);
	}

	/**
	 * Moves every part of the order in {@code from} to {@code to} (a part follows its
	 * order before payment).
	 * @return the parts moved now
	 */
	Flux<OrderPart> follow(String orderId, PartStatus from, PartStatus to, Instant now) {
		if (!OrderPart.follows(from, to)) {
			return Flux.error(new IllegalArgumentException(from + " parts do not become " + to));
		}
		return parts()
			.flatMap((parts) -> Mono
				.from(parts.updateMany(Filters.and(Filters.eq("orderId", orderId), Filters.eq("status", from.name())),
						Updates.combine(Updates.set("status", to.name()), Updates.set("updatedAt", date(now))))))
			.filter((result) -> result.getModifiedCount() > 0)
			.flatMapMany((moved) -> parts(orderId).filter((part) -> part.status() == to));
	}

	/**
	 * Claims one line of a returned part for restocking, once.
	 * @return true when this call claimed it
	 */
	Mono<Boolean> claimRestock(String partId, String listingId) {
		return parts().flatMap((parts) -> Mono
			.from(parts.updateOne(Filters.and(Filters.eq("_id", partId), Filters.ne("restocked", listingId)),
					Updates.addToSet("restocked", listingId))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Stores the gateway's answer to a part's refund, while it is still asked. */
	Mono<Void> recordRefund(OrderPart part, RefundResult result, Money amount, Instant now) {
		Document refund = new Document("key", result.refundKey()).append("status", result.status())
			.append("amountMinor", amount.minor())
			.append("externalId", result.externalId())
			.append("at", date(now));
		return parts().flatMap((parts) -> Mono.from(parts.updateOne(
				Filters.and(Filters.eq("_id", part.id()), Filters.eq("refund.status", OrderPart.REFUND_REQUESTED)),
				Updates.set("refund", refund))))
			.then();
	}

	/**
	 * A part is found by its order, and a seller's parts newest first, all or in one
	 * status (and oldest first in one status, the same index walked backwards)
	 * (docs/decisions/0046-indexes-per-query.md).
	 */
	Mono<Void> createIndexes() {
		return parts()
			.flatMap((parts) -> Mono.from(parts.createIndex(Indexes.ascending("orderId")))
				.then(Mono.from(parts.createIndex(Indexes.ascending("sellerId", "createdAt"))))
				.then(Mono.from(parts.createIndex(
						Indexes.compoundIndex(Indexes.ascending("sellerId"), Indexes.descending("createdAt", "_id")))))
				.then(Mono.from(parts.createIndex(Indexes.compoundIndex(Indexes.ascending("sellerId", "status"),
						Indexes.descending("createdAt", "_id")))))
				.then(Mono.from(parts.createIndex(Indexes.ascending("status", "updatedAt"))))
				// the refund sweep: only the open refunds, by status and age
				.then(Mono.from(parts.createIndex(Indexes.ascending("refund.status", "status", "updatedAt")))))
			.then();
	}

	// ------------------------------------------------------------------ mapping

	static OrderPart part(Document document) {
		Document shipment = document.get("shipment", Document.class);
		Document cancel = document.get("cancel", Document.class);
		Document refund = document.get("refund", Document.class);
		String currency = document.get("currency", "INR");
		return new OrderPart(document.getString("_id"), document.getString("orderId"),
				document.getString("orderNumber"), document.getString("buyerId"), document.getString("sellerId"),
				PartStatus.valueOf(document.getString("status")),
				document.getList("lines", Document.class, List.of())
					.stream()
					.map((line) -> line(line, currency))
					.toList(),
				money(document.get("subtotalMinor"), currency),
				// Parts placed before shipping was charged have none: zero.
				money(document.get("shippingMinor"), currency),
				(shipment != null) ? shipment.getString("carrier") : null,
				(shipment != null) ? shipment.getString("trackingNumber") : null,
				(shipment != null) ? instant(shipment.get("shippedAt")) : null, instant(document.get("deliveredAt")),
				(cancel != null) ? cancel.getString("by") : null, (cancel != null) ? cancel.getString("reason") : null,
				(cancel != null) ? instant(cancel.get("at")) : null,
				(refund != null) ? refund.getString("status") : null, instant(document.get("createdAt")),
				instant(document.get("updatedAt")));
	}

	static Document document(OrderPart part) {
		return new Document("_id", part.id()).append("orderId", part.orderId())
			.append("orderNumber", part.orderNumber())
			.append("buyerId", part.buyerId())
			.append("sellerId", part.sellerId())
			.append("status", part.status().name())
			.append("lines", part.lines().stream().map(OrderPartRepository::line).toList())
			.append("subtotalMinor", part.subtotal().minor())
			.append("shippingMinor", part.shipping().minor())
			.append("currency", part.subtotal().currency().getCurrencyCode())
			.append("createdAt", date(part.createdAt()))
			.append("updatedAt", date(part.updatedAt()));
	}

	private static OrderPart.Line line(Document line, String currency) {
		Number quantity = line.get("quantity", Number.class);
		Number lead = line.get("leadTimeDays", Number.class);
		Object title = line.get("title");
		return new OrderPart.Line(line.getString("listingId"),
				(title instanceof Document localized) ? localized.getString("en")
						: (title != null) ? title.toString() : "",
				line.getString("craft"), (quantity != null) ? quantity.intValue() : 0,
				money(line.get("unitPriceMinor"), currency), money(line.get("lineTotalMinor"), currency),
				Boolean.TRUE.equals(line.getBoolean("madeToOrder")), (lead != null) ? lead.intValue() : null);
	}

	private static Document line(OrderPart.Line line) {
		return new Document("listingId", line.listingId()).append("title", line.title())
			.append("craft", line.craft())
			.append("quantity", line.quantity())
			.append("unitPriceMinor", line.unitPrice().minor())
			.append("lineTotalMinor", line.lineTotal().minor())
			.append("madeToOrder", line.madeToOrder())
			.append("leadTimeDays", line.leadTimeDays());
	}

	private Mono<MongoCollection<Document>> parts() {
		return this.mongo.getCollection(PARTS);
	}

}
