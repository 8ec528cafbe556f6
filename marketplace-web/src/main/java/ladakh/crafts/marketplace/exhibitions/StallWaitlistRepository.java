package ladakh.crafts.marketplace.exhibitions;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stall_waitlist} collection: one document per waiting seller and exhibition
 * ({@code _id} {@code <exhibitionId>:<sellerId>}), written by the draw in the policy's
 * order. An entry is claimed for a freed stall by one conditional update ({@code status}
 * WAITING to OFFERED), so two stalls passed on at once never go to the same seller.
 */
@Repository
class StallWaitlistRepository {

	static final String COLLECTION = "stall_waitlist";

	/** Entries of one kind a pass-on reads to find a size that fits. */
	static final int FIT_WINDOW = 100;

	/** The most entries the officers' page lists. */
	static final int SHOWN = 500;

	private static final String WAITING = "WAITING";

	private static final String OFFERED = "OFFERED";

	private final ReactiveMongoTemplate mongo;

	StallWaitlistRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> insertAll(List<Waiting> entries) {
		List<Document> documents = entries.stream().map(StallWaitlistRepository::document).toList();
		return documents.isEmpty() ? Mono.empty() : this.mongo.insert(documents, COLLECTION).then();
	}

	/** Those still waiting for a stall of this kind, first first. */
	Flux<Waiting> waiting(String exhibitionId, StallKind kind) {
		Query query = Query.query(
				Criteria.where("exhibitionId").is(exhibitionId).and("status").is(WAITING).and("kind").is(kind.name()))
			.with(Sort.by("exhibitionId", "status", "kind", "position"))
			.limit(FIT_WINDOW);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallWaitlistRepository::entry);
	}

	/** The exhibition's waitlist in order, offered ones included. */
	Flux<Waiting> ofExhibition(String exhibitionId) {
		Query query = Query.query(Criteria.where("exhibitionId").is(exhibitionId))
			.with(Sort.by("exhibitionId", "position"))
			.limit(SHOWN);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallWaitlistRepository::entry);
	}

	/**
	 * Claims a waiting seller for a stall.
	 * @return whether this call claimed them
	 */
	Mono<Boolean> claim(Waiting entry, String stallNumber) {
		Query query = Query.query(Criteria.where("_id").is(entry.id()).and("status").is(WAITING));
		return this.mongo
			.updateFirst(query, new Update().set("status", OFFERED).set("stallNumber", stallNumber), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Gives a claim back when the stall went another way meanwhile. */
	Mono<Void> release(Waiting entry, String stallNumber) {
		Query query = Query
			.query(Criteria.where("_id").is(entry.id()).and("status").is(OFFERED).and("stallNumber").is(stallNumber));
		return this.mongo.updateFirst(query, new Update().set("status", WAITING).unset("stallNumber"), COLLECTION)
			.then();
	}

	/** Takes back what a failed draw wrote. */
	Mono<Void> removeOfExhibition(String exhibitionId) {
		return this.mongo.remove(Query.query(Criteria.where("exhibitionId").is(exhibitionId)), COLLECTION).then();
	}

	/** Waiting by kind in order; the whole list in order (docs/decisions/0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.on("kind", Sort.Direction.ASC)
				.on("position", Sort.Direction.ASC)
				.named("exhibitionId_status_kind_position"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
					.on("position", Sort.Direction.ASC)
					.named("exhibitionId_position")))
			.then();
	}

	private static Document document(Waiting entry) {
		return new Document("_id", entry.id()).append("exhibitionId", entry.exhibitionId())
			.append("sellerId", entry.sellerId())
			.append("position", entry.position())
			.append("kind", entry.kind().name())
			.append("widthDm", entry.widthDm())
			.append("depthDm", entry.depthDm())
			.append("crafts", entry.crafts())
			.append("status", entry.waiting() ? WAITING : OFFERED)
			.append("stallNumber", entry.offeredStall());
	}

	private static Waiting entry(Document document) {
		return new Waiting(document.getString("exhibitionId"), document.getString("sellerId"),
				document.getInteger("position"), StallKind.valueOf(document.getString("kind")),
				document.getInteger("widthDm", 0), document.getInteger("depthDm", 0),
				document.getList("crafts", String.class, List.of()),
				OFFERED.equals(document.getString("status")) ? document.getString("stallNumber") : null);
	}

}
