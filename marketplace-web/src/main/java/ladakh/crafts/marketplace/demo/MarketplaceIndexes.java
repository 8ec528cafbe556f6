package ladakh.crafts.marketplace.demo;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the storefront's and indexer's queries need on the collections the demo
 * data fills. Creating an index that exists with the same definition is a no-op, so this
 * runs on every start.
 */
@Component
class MarketplaceIndexes {

	private final ReactiveMongoTemplate mongo;

	MarketplaceIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> create() {
		return Flux.concat(
				create("listings", index(Indexes.ascending("sellerId"), "sellerId"),
						index(Indexes.ascending("craft"), "craft"),
						index(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("createdAt")),
								"status_createdAt"),
						index(Indexes.ascending("dirty"), "dirty")),
				create("sellers", index(Indexes.compoundIndex(Indexes.ascending("type"), Indexes.ascending("district")),
						"type_district"), index(Indexes.ascending("crafts"), "crafts")))
			.then();
	}

	private Mono<Void> create(String collection, IndexModel... indexes) {
		return this.mongo.getCollection(collection).flatMapMany((c) -> c.createIndexes(List.of(indexes))).then();
	}

	private static IndexModel index(org.bson.conversions.Bson keys, String name) {
		return new IndexModel(keys, new IndexOptions().name(name));
	}

}
