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
import org.springframework.stereotype.Repository;

/**
 * The {@code stall_allocations} collection: one document per allocated stall,
 * {@code {exhibitionId, stallNumber, sellerId, crafts}} (the storefront's "meet the
 * maker" reads the same documents by seller).
 */
@Repository
class StallAllocationRepository {

	static final String COLLECTION = "stall_allocations";

	private final ReactiveMongoTemplate mongo;

	StallAllocationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** An exhibition's allocated stalls by number; never more than a plan can hold. */
	Flux<StallHolder> ofExhibition(String exhibitionId) {
		Query query = Query.query(Criteria.where("exhibitionId").is(exhibitionId))
			.with(Sort.by("stallNumber"))
			.limit(StallPlan.MAX_STALLS);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((document) -> new StallHolder(document.getString("stallNumber"), document.getString("sellerId"),
					document.getList("crafts", String.class, List.of())));
	}

	/** The seller's stalls at one exhibition (index {@code sellerId_exhibitionId}). */
	Flux<StallHolder> ofSeller(String sellerId, String exhibitionId) {
		Query query = Query.query(Criteria.where("sellerId").is(sellerId).and("exhibitionId").is(exhibitionId))
			.limit(StallPlan.MAX_STALLS);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((document) -> new StallHolder(document.getString("stallNumber"), document.getString("sellerId"),
					document.getList("crafts", String.class, List.of())));
	}

	/**
	 * Writes a draw's stalls, one document per stall with the id
	 * {@code <exhibitionId>:<stallNumber>}: a stall given twice is a duplicate key, so
	 * nothing can allocate it twice.
	 */
	Mono<Void> insertAll(String exhibitionId, List<StallHolder> holders) {
		List<Document> documents = holders.stream()
			.map((holder) -> new Document("_id", exhibitionId + ":" + holder.stallNumber())
				.append("exhibitionId", exhibitionId)
				.append("stallNumber", holder.stallNumber())
				.append("sellerId", holder.sellerId())
				.append("crafts", holder.crafts()))
			.toList();
		return documents.isEmpty() ? Mono.empty() : this.mongo.insert(documents, COLLECTION).then();
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

	/** An exhibition's stalls by number; a seller's stalls (docs/decisions/0046). */
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
			.then();
	}

	/** Seller ids per {@code $in}: the embedded engine serves up to 500 values. */
	static final int IN_SLICE = 500;

	/** A stall a seller had, before its exhibition's days are looked up. */
	record PastStall(String sellerId, String exhibitionId) {

	}

}
