package ladakh.crafts.catalog.rulecheck;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.reactivestreams.Publisher;

/** Right: the same query in a repository (MongoAccessRuleTests). */
class ListingsRepository {

	Publisher<Document> dirty(MongoDatabase database) {
		return database.getCollection("listings").find(Filters.eq("dirty", true));
	}

}
