package ladakh.crafts.marketplace.reports.scale;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Stored documents written in chunks of 2,500, one {@code insertMany} each, as
 * {@code GeneratedTraining} writes its own: the generated records go straight to the
 * collections in the shape the repositories read, without a service's checks per record,
 * so a department of three years is written in seconds.
 */
final class BulkInsert {

	static final int CHUNK = 2_500;

	private BulkInsert() {
	}

	static void into(ReactiveMongoTemplate mongo, String collection, List<Document> documents) {
		Flux.fromIterable(documents)
			.buffer(CHUNK)
			.concatMap((chunk) -> mongo.getCollection(collection).flatMap((c) -> Mono.from(c.insertMany(chunk))))
			.blockLast();
	}

}
