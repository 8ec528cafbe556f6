package ladakh.crafts.marketplace.training;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * {@code trainee_accounts}: which enrolment a TRAINEE account belongs to, keyed by the
 * account's id, so a trainee's pages find their own record from the signed-in account
 * alone and never from anything they send.
 */
@Repository
class TraineeAccountRepository {

	static final String COLLECTION = "trainee_accounts";

	private final ReactiveMongoTemplate mongo;

	TraineeAccountRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Where an account's trainee is enrolled. */
	record Link(String userId, String traineeId, String centreId, String batchId) {

	}

	/** Ties an account to its enrolment, once (a repeat keeps the first). */
	Mono<Void> link(Link link) {
		Document fields = new Document("traineeId", link.traineeId()).append("centreId", link.centreId())
			.append("batchId", link.batchId());
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(link.userId())),
					Update.fromDocument(new Document("$setOnInsert", fields)), COLLECTION)
			.then();
	}

	Mono<Link> ofUser(String userId) {
		return this.mongo.findById(userId, Document.class, COLLECTION)
			.map((found) -> new Link(found.getString("_id"), found.getString("traineeId"), found.getString("centreId"),
					found.getString("batchId")));
	}

}
