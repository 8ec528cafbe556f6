package ladakh.crafts.marketplace.reports.scale;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Stored documents written in bulk, 2,500 to an {@code insertMany}, straight to the
 * collections in the shape the repositories read, without a service's checks per record:
 * the generated department's hundreds of thousands of records one by one would cost the
 * suite minutes.
 */
public final class Bulk {

	private Bulk() {
	}

	public static void insert(ReactiveMongoTemplate mongo, String collection, List<Document> documents) {
		Flux.fromIterable(documents)
			.buffer(2_500)
			.concatMap((batch) -> mongo.getCollection(collection).flatMap((c) -> Mono.from(c.insertMany(batch))))
			.blockLast();
	}

}
