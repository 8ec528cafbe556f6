package ladakh.crafts.marketplace.system.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import ladakh.crafts.marketplace.shared.After;
import org.bson.Document;
import org.bson.conversions.Bson;
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

	/** The log's equality filters, in the order its indexes list them. */
	private static final List<String> FILTER_FIELDS = List.of("actorId", "action", "sellerId");

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
			.append("details", new Document(event.details()))
			// the department log's seller filter reads this field (AuditQuery)
			.append("sellerId", event.sellerId());
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

	/**
	 * One page of the department's log, newest first, from {@code after} on: the filter's
	 * equality parts, then a range on {@code at}; ties on {@code at} go by {@code _id}.
	 */
	Flux<AuditEvent> search(AuditQuery query, After after, int limit) {
		List<Bson> filters = new ArrayList<>();
		for (String field : FILTER_FIELDS) {
			String value = value(query, field);
			if (value != null) {
				filters.add(Filters.eq(field, value));
			}
		}
		if (query.from() != null) {
			filters.add(Filters.gte("at", Date.from(query.from())));
		}
		if (query.until() != null) {
			filters.add(Filters.lt("at", Date.from(query.until())));
		}
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			filters.add(Filters.lte("at", at));
			filters.add(Filters.or(Filters.lt("at", at), Filters.lt("_id", after.id())));
		}
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.find(filter).sort(Sorts.descending("at", "_id")).limit(limit))
			.map(AuditRepository::event);
	}

	private static String value(AuditQuery query, String field) {
		return switch (field) {
			case "actorId" -> query.actorId();
			case "action" -> query.action();
			default -> query.sellerId();
		};
	}

	/**
	 * The indexes of a subject's history, of the latest events, and of the department's
	 * log: one per combination of its equality filters (who, what, seller), each ending
	 * in (at, _id) so a date range and the next page are ranges on it (decision 0046);
	 * creating them again is a no-op.
	 */
	Mono<Void> createIndexes() {
		List<IndexModel> indexes = new ArrayList<>(
				List.of(new IndexModel(Indexes.ascending("subjectId"), new IndexOptions().name("subjectId")),
						// a subject's trail in time order (docs/decisions/0046)
						new IndexModel(Indexes.ascending("subjectId", "subjectType", "at"),
								new IndexOptions().name("subject_at")),
						new IndexModel(Indexes.descending("at"), new IndexOptions().name("at"))));
		for (int combination = 0; combination < 1 << FILTER_FIELDS.size(); combination++) {
			List<Bson> keys = new ArrayList<>();
			StringBuilder name = new StringBuilder("log");
			for (int field = 0; field < FILTER_FIELDS.size(); field++) {
				if ((combination & (1 << field)) != 0) {
					keys.add(Indexes.ascending(FILTER_FIELDS.get(field)));
					name.append('_').append(FILTER_FIELDS.get(field));
				}
			}
			keys.add(Indexes.descending("at", "_id"));
			indexes.add(new IndexModel(Indexes.compoundIndex(keys), new IndexOptions().name(name + "_at")));
		}
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(indexes))
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
