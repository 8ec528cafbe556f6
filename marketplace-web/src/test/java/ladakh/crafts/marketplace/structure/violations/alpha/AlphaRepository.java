package ladakh.crafts.marketplace.structure.violations.alpha;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Right: a repository owns the mapping to MongoDB. */
public class AlphaRepository {

	private final ReactiveMongoTemplate mongo;

	public AlphaRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public long count() {
		Long count = this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Document.class, "alpha")
			.block();
		return (count != null) ? count : 0;
	}

}
