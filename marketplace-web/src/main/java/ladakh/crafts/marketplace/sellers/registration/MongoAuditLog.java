package ladakh.crafts.marketplace.sellers.registration;

import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes {@code audit_events} with the fields of docs/data-model.md. Insert only: there
 * is no method here that updates or deletes.
 */
@Component
class MongoAuditLog implements AuditLog {

	static final String COLLECTION = "audit_events";

	private final ReactiveMongoTemplate mongo;

	MongoAuditLog(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Void> append(AuditEvent event) {
		Document document = new Document("_id", event.id()).append("at", Date.from(event.at()))
			.append("actorId", event.actorId())
			.append("actorRoles", event.actorRoles().stream().sorted().toList())
			.append("action", event.action())
			.append("subjectType", event.subjectType())
			.append("subjectId", event.subjectId())
			.append("reason", event.reason())
			.append("details", new Document(event.details()));
		return this.mongo.insert(document, COLLECTION).then();
	}

	@Override
	public Flux<AuditEvent> about(String subjectType, String subjectId) {
		Query query = Query.query(Criteria.where("subjectType").is(subjectType).and("subjectId").is(subjectId))
			.with(Sort.by("at"));
		return this.mongo.find(query, Document.class, COLLECTION).map(MongoAuditLog::fromDocument);
	}

	private static AuditEvent fromDocument(Document document) {
		Document details = document.get("details", Document.class);
		Map<String, Object> map = (details != null) ? new LinkedHashMap<>(details) : new LinkedHashMap<>();
		return new AuditEvent(document.getString("_id"), document.getDate("at").toInstant(),
				document.getString("actorId"), new HashSet<>(document.getList("actorRoles", String.class)),
				document.getString("action"), document.getString("subjectType"), document.getString("subjectId"),
				document.getString("reason"), map);
	}

}
