package ladakh.crafts.marketplace.training.cfc;

import java.time.LocalDate;
import java.util.Date;

import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code cfc_bookings} collection. The id {@code <machine>:<day>:<slot>} makes a slot
 * bookable once (the insert of a second is a duplicate key); a cancellation deletes the
 * booking only where it is the seller's own.
 */
@Repository
class BookingRepository {

	static final String COLLECTION = "cfc_bookings";

	/** The most bookings read at once: a seller's coming ones, a machine's log. */
	static final int MOST = 100;

	private final ReactiveMongoTemplate mongo;

	BookingRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(
					new Index().on("sellerId", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("sellerId_day"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("machineId", Sort.Direction.ASC)
					.on("day", Sort.Direction.DESC)
					.named("machineId_day")))
			.then();
	}

	/** Stores a booking; CONFLICT when the slot is taken. */
	Mono<Booking> insert(Booking booking) {
		return this.mongo.insert(document(booking), COLLECTION)
			.thenReturn(booking)
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("cfc.refused.slotTaken").at("slot"));
	}

	Mono<Void> insertIfAbsent(Booking booking) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(booking.id())), COLLECTION)
			.flatMap((exists) -> exists ? Mono.<Void>empty() : this.mongo.insert(document(booking), COLLECTION).then())
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty());
	}

	/** Deletes the booking if it is this seller's and not yet past; false otherwise. */
	Mono<Boolean> cancel(String id, String sellerId, LocalDate today) {
		return this.mongo.remove(
				Query.query(Criteria.where("_id").is(id).and("sellerId").is(sellerId).and("day").gte(today.toString())),
				COLLECTION)
			.map((result) -> result.getDeletedCount() == 1);
	}

	/** The seller's bookings from that day on, soonest first. */
	Flux<Booking> ofSellerFrom(String sellerId, LocalDate from) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId).and("day").gte(from.toString()))
				.with(Sort.by("day", "_id"))
				.limit(MOST), Document.class, COLLECTION)
			.map(BookingRepository::booking);
	}

	/** The machine's bookings, the latest day first: its usage log and coming slots. */
	Flux<Booking> ofMachine(String machineId) {
		return this.mongo
			.find(Query.query(Criteria.where("machineId").is(machineId))
				.with(Sort.by(Sort.Direction.DESC, "day").and(Sort.by("_id")))
				.limit(MOST), Document.class, COLLECTION)
			.map(BookingRepository::booking);
	}

	private static Document document(Booking booking) {
		return new Document("_id", booking.id()).append("machineId", booking.machineId())
			.append("cfcId", booking.cfcId())
			.append("day", booking.day().toString())
			.append("slot", booking.slot().name())
			.append("sellerId", booking.sellerId())
			.append("by", booking.by())
			.append("at", Date.from(booking.at()));
	}

	private static Booking booking(Document document) {
		return new Booking(document.getString("_id"), document.getString("machineId"), document.getString("cfcId"),
				LocalDate.parse(document.getString("day")), Booking.Slot.valueOf(document.getString("slot")),
				document.getString("sellerId"), document.getString("by"),
				(document.get("at") instanceof Date at) ? at.toInstant() : null);
	}

}
