package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stall_allocations} collection: one document per stall given out, {@code _id}
 * {@code <exhibitionId>:<stallNumber>}, with the holder ({@code sellerId}, absent while
 * the stall has none), its {@code status}, fee, due day, payment and {@code version}.
 * Every move is one update conditional on the version read (docs/decisions/0054);
 * {@code passOn} marks a stall that lost its holder and waits to be offered down the
 * waitlist. Documents written before fees were kept have no status and read as confirmed.
 * The storefront's "meet the maker" reads the same documents by seller.
 */
@Repository
class StallAllocationRepository {

	static final String COLLECTION = "stall_allocations";

	/** Stalls one sweep moves at most; the next sweep takes the rest. */
	static final int BATCH = 100;

	private final ReactiveMongoTemplate mongo;

	StallAllocationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** An exhibition's held stalls by number; never more than a plan can hold. */
	Flux<StallHolder> ofExhibition(String exhibitionId) {
		return allOf(exhibitionId).filter((stall) -> stall.sellerId() != null)
			.map((stall) -> new StallHolder(stall.stallNumber(), stall.sellerId(), stall.crafts()));
	}

	/** Every stall document of an exhibition (held or not), by number. */
	Flux<StallAllocation> allOf(String exhibitionId) {
		Query query = Query.query(Criteria.where("exhibitionId").is(exhibitionId))
			.with(Sort.by("stallNumber"))
			.limit(StallPlan.MAX_STALLS);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	Mono<StallAllocation> find(String exhibitionId, String stallNumber) {
		return this.mongo.findById(exhibitionId + ":" + stallNumber, Document.class, COLLECTION)
			.map(StallAllocationRepository::allocation);
	}

	/** The stalls a seller holds or held, latest exhibition id first (one page). */
	Flux<StallAllocation> heldBy(String sellerId, int limit) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId))
			.with(Sort.by(Sort.Direction.DESC, "exhibitionId"))
			.limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	/** The stall a seller holds at an exhibition, if any. */
	Mono<StallAllocation> heldBy(String sellerId, String exhibitionId) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId).and("exhibitionId").is(exhibitionId));
		return this.mongo.findOne(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	/**
	 * The allocations a seller holds at one exhibition, offered or confirmed (index
	 * {@code sellerId_exhibitionId}).
	 */
	Flux<StallAllocation> allocationsOfSellerAt(String sellerId, String exhibitionId) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId).and("exhibitionId").is(exhibitionId))
			.limit(StallPlan.MAX_STALLS);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	/**
	 * Writes a draw's stalls, one document per stall: a stall given twice is a duplicate
	 * key, so nothing can allocate it twice.
	 */
	Mono<Void> insertAll(List<StallAllocation> stalls) {
		List<Document> documents = stalls.stream().map(StallAllocationRepository::document).toList();
		return documents.isEmpty() ? Mono.empty() : this.mongo.insert(documents, COLLECTION).then();
	}

	/**
	 * Gives a stall nobody was drawn for.
	 * @throws Refusal CONFLICT (in the Mono) when it has a document already
	 */
	Mono<StallAllocation> insert(StallAllocation stall) {
		return this.mongo.insert(document(stall), COLLECTION)
			.thenReturn(stall)
			.onErrorMap(DuplicateKeyException.class,
					(ex) -> Refusal.conflict("exhibitions.stall.taken", stall.stallNumber()));
	}

	/**
	 * Stores a move if the stall is still at the version it was read at.
	 * @param passOn whether the stall now waits to be offered down the waitlist
	 * @return the stall as stored, or empty when another move came first
	 */
	Mono<StallAllocation> save(StallAllocation before, StallAllocation after, boolean passOn) {
		Criteria version = Criteria.where("version").is(before.version());
		if (before.version() == 0) {
			version = new Criteria().orOperator(version, Criteria.where("version").exists(false));
		}
		Query query = Query.query(new Criteria().andOperator(Criteria.where("_id").is(before.id()), version));
		Update update = new Update();
		document(after).forEach((field, value) -> {
			if (!"_id".equals(field)) {
				if (value == null) {
					update.unset(field);
				}
				else {
					update.set(field, value);
				}
			}
		});
		update.set("passOn", passOn);
		return this.mongo.updateFirst(query, update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	/** Offers whose fee was due before this day. */
	Flux<StallAllocation> dueBefore(LocalDate today) {
		Query query = Query
			.query(Criteria.where("status").is(StallAllocation.Status.OFFERED.name()).and("dueOn").lt(today.toString()))
			.with(Sort.by("status", "dueOn"))
			.limit(BATCH);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	/** Stalls that lost their holder and wait to be offered down the waitlist. */
	Flux<StallAllocation> toPassOn() {
		Query query = Query.query(Criteria.where("passOn").is(true)).limit(BATCH);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallAllocationRepository::allocation);
	}

	/** Nobody on the waitlist fits: the stall stays free for an officer. */
	Mono<Void> passedOver(StallAllocation stall) {
		Query query = Query.query(Criteria.where("_id").is(stall.id()).and("version").is(stall.version()));
		return this.mongo.updateFirst(query, new Update().set("passOn", false), COLLECTION).then();
	}

	/** Takes back what a failed draw wrote, before it is run again. */
	Mono<Void> removeOfExhibition(String exhibitionId) {
		return this.mongo.remove(Query.query(Criteria.where("exhibitionId").is(exhibitionId)), COLLECTION).then();
	}

	/**
	 * The stalls these sellers had, at any exhibition ({@code $in} in slices the index
	 * serves).
	 */
	Flux<PastStall> ofSellers(List<String> sellerIds) {
		List<List<String>> slices = new java.util.ArrayList<>();
		for (int from = 0; from < sellerIds.size(); from += IN_SLICE) {
			slices.add(sellerIds.subList(from, Math.min(sellerIds.size(), from + IN_SLICE)));
		}
		return Flux.fromIterable(slices)
			.concatMap((slice) -> this.mongo.find(Query.query(Criteria.where("sellerId").in(slice)), Document.class,
					COLLECTION))
			.map((document) -> new PastStall(document.getString("sellerId"), document.getString("exhibitionId")));
	}

	/**
	 * A seller's stalls at any exhibition, at most {@code limit} (served by
	 * {@code sellerId_exhibitionId}).
	 */
	Flux<SellerStall> stallNumbersOfSeller(String sellerId, int limit) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId)).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((document) -> new SellerStall(document.getString("exhibitionId"), document.getString("stallNumber")));
	}

	/**
	 * How many of these exhibitions' stalls stand in each status, by exhibition: one
	 * {@code $match} on {@code exhibitionId} (index {@code exhibitionId_stallNumber}) and
	 * one {@code $group}.
	 * @return per exhibition id, its counts by status
	 */
	Mono<Map<String, Map<StallAllocation.Status, Long>>> statusCounts(java.util.Collection<String> exhibitionIds) {
		if (exhibitionIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		List<Document> pipeline = List.of(
				new Document("$match", new Document("exhibitionId", new Document("$in", List.copyOf(exhibitionIds)))),
				new Document("$group",
						new Document("_id", new Document("exhibitionId", "$exhibitionId").append("status", "$status"))
							.append("stalls", new Document("$sum", 1))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((allocations) -> allocations.aggregate(pipeline))
			.collectList()
			.map((groups) -> {
				Map<String, Map<StallAllocation.Status, Long>> counts = new java.util.HashMap<>();
				for (Document group : groups) {
					Document key = group.get("_id", Document.class);
					counts
						.computeIfAbsent(key.getString("exhibitionId"),
								(id) -> new java.util.EnumMap<>(StallAllocation.Status.class))
						// An allocation stored before stalls had a status is a confirmed
						// one, as the allocation's own reading says.
						.merge((key.getString("status") != null)
								? StallAllocation.Status.valueOf(key.getString("status"))
								: StallAllocation.Status.CONFIRMED, group.get("stalls", Number.class).longValue(),
								Long::sum);
				}
				return counts;
			});
	}

	/**
	 * An exhibition's stalls by number; a seller's stalls; offers by due day; stalls to
	 * pass on (docs/decisions/0046).
	 */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
				.on("stallNumber", Sort.Direction.ASC)
				.named("exhibitionId_stallNumber"))
			// The same index the storefront declares (search.ShowcaseRepository).
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
					.on("exhibitionId", Sort.Direction.ASC)
					.named("sellerId_exhibitionId")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("status", Sort.Direction.ASC)
					.on("dueOn", Sort.Direction.ASC)
					.named("status_dueOn")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("passOn", Sort.Direction.ASC).named("passOn")))
			.then();
	}

	/** Seller ids per {@code $in}: the embedded engine serves up to 500 values. */
	static final int IN_SLICE = 500;

	private static Document document(StallAllocation stall) {
		StallAllocation.FeePayment paid = stall.payment();
		return new Document("_id", stall.id()).append("exhibitionId", stall.exhibitionId())
			.append("stallNumber", stall.stallNumber())
			.append("sellerId", stall.sellerId())
			.append("crafts", stall.crafts())
			.append("status", stall.status().name())
			.append("kind", (stall.kind() != null) ? stall.kind().name() : null)
			.append("widthDm", stall.widthDm())
			.append("depthDm", stall.depthDm())
			.append("feeMinor", (stall.fee() != null) ? stall.fee().minor() : null)
			.append("currency", (stall.fee() != null) ? stall.fee().currencyCode() : null)
			.append("dueOn", (stall.dueOn() != null) ? stall.dueOn().toString() : null)
			.append("payment",
					(paid != null) ? new Document("reference", paid.reference()).append("method", paid.method())
						.append("paidOn", paid.paidOn().toString())
						.append("recordedBy", paid.recordedBy()) : null)
			.append("lastSellerId", stall.lastSellerId())
			.append("version", stall.version());
	}

	private static StallAllocation allocation(Document document) {
		String status = document.getString("status");
		Document paid = document.get("payment", Document.class);
		Number fee = (Number) document.get("feeMinor");
		Number version = (Number) document.get("version");
		return new StallAllocation(document.getString("exhibitionId"), document.getString("stallNumber"),
				(document.getString("kind") != null) ? StallKind.valueOf(document.getString("kind")) : null,
				document.getInteger("widthDm", 0), document.getInteger("depthDm", 0),
				(fee != null) ? Money.of(fee.longValue(), document.getString("currency")) : null,
				document.getString("sellerId"), document.getList("crafts", String.class, List.of()),
				// A stall given before fees were kept is the seller's.
				(status != null) ? StallAllocation.Status.valueOf(status) : StallAllocation.Status.CONFIRMED,
				(document.getString("dueOn") != null) ? LocalDate.parse(document.getString("dueOn")) : null,
				(paid != null) ? new StallAllocation.FeePayment(paid.getString("reference"), paid.getString("method"),
						LocalDate.parse(paid.getString("paidOn")), paid.getString("recordedBy")) : null,
				document.getString("lastSellerId"), (version != null) ? version.longValue() : 0);
	}

	/** A seller's stall at an exhibition. */
	record SellerStall(String exhibitionId, String stallNumber) {

	}

	/** A stall a seller had, before its exhibition's days are looked up. */
	record PastStall(String sellerId, String exhibitionId) {

	}

}
