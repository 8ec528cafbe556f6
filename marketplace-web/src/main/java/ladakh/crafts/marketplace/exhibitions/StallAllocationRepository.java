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

	/** An exhibition's stalls by number (docs/decisions/0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
				.on("stallNumber", Sort.Direction.ASC)
				.named("exhibitionId_stallNumber"))
			.then();
	}

}
