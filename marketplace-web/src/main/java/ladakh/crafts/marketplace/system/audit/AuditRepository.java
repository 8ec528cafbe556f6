package ladakh.crafts.marketplace.system.audit;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_events} collection: inserts only, never an update or a delete.
 */
@Component
class AuditRepository {

	static final String COLLECTION = "audit_events";

	private final ReactiveMongoTemplate mongo;

	AuditRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<AuditEvent> insert(AuditEvent event) {
		Document document = new Document("_id", event.id()).append("at", Date.from(event.at()))
			.append("actorId", event.actorId())
			.append("actorRoles", event.actorRoles())
			.append("action", event.action())
			.append("subjectType", event.subjectType())
			.append("subjectId", event.subjectId())
			.append("reason", event.reason())
			.append("details", new Document(event.details()));
		return this.mongo.insert(document, COLLECTION).thenReturn(event);
	}

	/** Everything that happened to one subject, oldest first. */
	Flux<AuditEvent> about(String subjectType, String subjectId) {
		Query query = Query.query(Criteria.where("subjectId").is(subjectId).and("subjectType").is(subjectType))
			.with(Sort.by("at"));
		return this.mongo.find(query, Document.class, COLLECTION).map(AuditRepository::event);
	}

	/** The latest events, newest first. */
	Flux<AuditEvent> latest(int limit) {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(AuditRepository::event);
	}

	/** The index the per-subject history needs; creating it again is a no-op. */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(
					List.of(new IndexModel(Indexes.ascending("subjectId"), new IndexOptions().name("subjectId")),
							// a subject's trail in time order (docs/decisions/0046)
							new IndexModel(Indexes.ascending("subjectId", "subjectType", "at"),
									new IndexOptions().name("subject_at")),
							new IndexModel(Indexes.descending("at"), new IndexOptions().name("at")))))
			.then();
	}

	@SuppressWarnings("unchecked")
	private static AuditEvent event(Document document) {
		Document details = document.get("details", Document.class);
		return new AuditEvent(document.getString("_id"), document.getDate("at").toInstant(),
				document.getString("actorId"), document.getList("actorRoles", String.class, List.of()),
				document.getString("action"), document.getString("subjectType"), document.getString("subjectId"),
				document.getString("reason"), (details != null) ? (Map<String, Object>) (Map<?, ?>) details : Map.of());
	}

}
