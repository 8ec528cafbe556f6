package ladakh.crafts.marketplace.training.cfc;

import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@code cfc_machine_events} collection: breakdowns and servicing, append-only. */
@Repository
class MachineEventRepository {

	static final String COLLECTION = "cfc_machine_events";

	static final int MOST = 100;

	private final ReactiveMongoTemplate mongo;

	MachineEventRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(
					new Index().on("machineId", Sort.Direction.ASC).on("on", Sort.Direction.DESC).named("machineId_on"))
			.then();
	}

	/** Stores the event unless its id is taken (a retried form, the demo data). */
	Mono<Void> insertIfAbsent(MachineEvent event) {
		Update update = new Update().setOnInsert("machineId", event.machineId())
			.setOnInsert("kind", event.kind().name())
			.setOnInsert("on", event.on().toString())
			.setOnInsert("note", event.note())
			.setOnInsert("by", event.by())
			.setOnInsert("at", Date.from(event.at()));
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(event.id())), update, COLLECTION).then();
	}

	/** The machine's history, the latest first. */
	Flux<MachineEvent> ofMachine(String machineId) {
		return this.mongo
			.find(Query.query(Criteria.where("machineId").is(machineId))
				.with(Sort.by(Sort.Direction.DESC, "on").and(Sort.by(Sort.Direction.DESC, "at")))
				.limit(MOST), Document.class, COLLECTION)
			.map((document) -> new MachineEvent(document.getString("_id"), document.getString("machineId"),
					MachineEvent.Kind.valueOf(document.getString("kind")),
					java.time.LocalDate.parse(document.getString("on")), document.getString("note"),
					document.getString("by"),
					(document.get("at") instanceof Date at) ? at.toInstant() : java.time.Instant.EPOCH));
	}

}
