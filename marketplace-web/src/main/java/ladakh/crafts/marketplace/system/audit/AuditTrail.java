package ladakh.crafts.marketplace.system.audit;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who did what, when and why. Every staff action of every area
 * lands here through {@link #record}; nothing ever updates or deletes an entry.
 */
@Service
public class AuditTrail {

	public static final String COLLECTION = "audit_events";

	/** The actor id of actions the application takes by itself. */
	public static final String SYSTEM = "system";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	AuditTrail(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Appends one event.
	 * @param actor who acted; {@code null} for the application itself
	 * @param action what was done, upper case, e.g. {@code USER_CREATED}
	 * @param subjectType what kind of thing, e.g. {@code USER}, {@code APPLICATION}
	 * @param subjectId the id of that thing
	 * @param reason why (may be null)
	 * @param details more facts (may be null); values must be BSON-friendly (strings,
	 * numbers, booleans, dates, lists, maps)
	 * @return the stored event
	 */
	public Mono<AuditEvent> record(MarketplaceUser actor, String action, String subjectType, String subjectId,
			String reason, Map<String, ?> details) {
		return append(new AuditEvent("aud-" + UUID.randomUUID(), this.clock.instant(),
				(actor != null) ? actor.id() : SYSTEM,
				(actor != null) ? actor.roles().stream().map(Enum::name).sorted().toList() : List.of(), action,
				subjectType, subjectId, reason, (details != null) ? new LinkedHashMap<String, Object>(details) : null));
	}

	/**
	 * Appends an event an area built itself (for areas that keep their own record of who
	 * acted).
	 * @param event the event; its id must be new
	 * @return the stored event
	 */
	public Mono<AuditEvent> append(AuditEvent event) {
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
	public Flux<AuditEvent> about(String subjectType, String subjectId) {
		Query query = Query.query(Criteria.where("subjectId").is(subjectId).and("subjectType").is(subjectType))
			.with(Sort.by("at"));
		return this.mongo.find(query, Document.class, COLLECTION).map(AuditTrail::event);
	}

	/** The latest events, newest first. */
	public Flux<AuditEvent> latest(int limit) {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(AuditTrail::event);
	}

	/** The index the per-subject history needs; creating it again is a no-op. */
	public Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(
					List.of(new IndexModel(Indexes.ascending("subjectId"), new IndexOptions().name("subjectId")),
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
