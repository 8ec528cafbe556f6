package ladakh.crafts.marketplace.structure.violations.alpha;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wrong: a service that reads documents itself instead of asking a repository. */
public class ReadsDocumentsItself {

	private final ReactiveMongoTemplate mongo;

	public ReadsDocumentsItself(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public String firstTitle() {
		Document first = this.mongo.findAll(Document.class, "listings").blockFirst();
		return (first != null) ? first.getString("title") : null;
	}

}
