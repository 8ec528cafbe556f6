package ladakh.crafts.marketplace.sellers;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts audit events into {@code audit_events} with the fields docs/data-model.md
 * names. Only ever inserts: the trail is append-only.
 */
@Component
class MongoStaffActionAudit implements StaffActionAudit {

	static final String COLLECTION = "audit_events";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	MongoStaffActionAudit(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Mono<Void> record(StaffAction action) {
		Document event = new Document("_id", "aud-" + UUID.randomUUID()).append("at", Date.from(this.clock.instant()))
			.append("actorId", action.actor().id())
			.append("actorRoles", action.actor().roles().stream().map(Enum::name).sorted().toList())
			.append("action", action.action())
			.append("subjectType", action.subjectType())
			.append("subjectId", action.subjectId())
			.append("reason", action.reason())
			.append("details", new Document(action.details()));
		return this.mongo.insert(event, COLLECTION).then();
	}

}
