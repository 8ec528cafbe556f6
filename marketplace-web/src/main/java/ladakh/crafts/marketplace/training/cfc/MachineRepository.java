package ladakh.crafts.marketplace.training.cfc;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.Refusal;
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

/**
 * The {@code cfc_machines} collection. A status move is stored only while the stored
 * version is the one the machine was read at; the officers' "out of order for more than N
 * days" list is served by the index {@code status_outOfOrderSince}.
 */
@Repository
class MachineRepository {

	static final String COLLECTION = "cfc_machines";

	/** The most machines read at once: a centre's, or the out-of-order list. */
	static final int MOST = 200;

	private final ReactiveMongoTemplate mongo;

	MachineRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("cfcId", Sort.Direction.ASC).on("name", Sort.Direction.ASC).named("cfcId_name"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("status", Sort.Direction.ASC)
					.on("outOfOrderSince", Sort.Direction.ASC)
					.named("status_outOfOrderSince")))
			.then();
	}

	Mono<Machine> insert(Machine machine) {
		return this.mongo.insert(document(machine), COLLECTION).thenReturn(machine);
	}

	/** Stores a machine unless its id is taken (demo data). */
	Mono<Void> insertIfAbsent(Machine machine) {
		Update update = new Update();
		document(machine).forEach((field, value) -> {
			if (!"_id".equals(field)) {
				update.setOnInsert(field, value);
			}
		});
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(machine.id())), update, COLLECTION).then();
	}

	Mono<Machine> byId(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(MachineRepository::machine);
	}

	Flux<Machine> atCentre(String cfcId) {
		return this.mongo
			.find(Query.query(Criteria.where("cfcId").is(cfcId)).with(Sort.by("name", "_id")).limit(MOST),
					Document.class, COLLECTION)
			.map(MachineRepository::machine);
	}

	/** Machines out of order since that day or earlier, the longest first. */
	Flux<Machine> outOfOrderSince(LocalDate onOrBefore) {
		return this.mongo.find(Query
			.query(Criteria.where("status")
				.is(Machine.Status.OUT_OF_ORDER.name())
				.and("outOfOrderSince")
				.lte(onOrBefore.toString()))
			.with(Sort.by("outOfOrderSince", "_id"))
			.limit(MOST), Document.class, COLLECTION).map(MachineRepository::machine);
	}

	/** How many machines are out of order since that day or earlier (the same index). */
	Mono<Long> countOutOfOrderSince(LocalDate onOrBefore) {
		return this.mongo.count(Query.query(Criteria.where("status")
			.is(Machine.Status.OUT_OF_ORDER.name())
			.and("outOfOrderSince")
			.lte(onOrBefore.toString())), COLLECTION);
	}

	/** Stores the machine's move if nobody moved it since {@code read}. */
	Mono<Machine> moved(Machine read, Machine next) {
		Query still = Query.query(Criteria.where("_id").is(read.id()).and("version").is(read.version()));
		Update update = Update.update("status", next.status().name())
			.set("outOfOrderSince", iso(next.outOfOrderSince()))
			.set("lastServicedOn", iso(next.lastServicedOn()))
			.set("version", next.version());
		return this.mongo.updateFirst(still, update, COLLECTION)
			.flatMap((result) -> (result.getModifiedCount() == 1) ? Mono.just(next)
					: Mono.error(Refusal.conflict("cfc.refused.changed")));
	}

	private static Document document(Machine machine) {
		return new Document("_id", machine.id()).append("cfcId", machine.cfcId())
			.append("name", machine.name())
			.append("make", machine.make())
			.append("model", machine.model())
			.append("scheme", machine.scheme())
			.append("installedOn", iso(machine.installedOn()))
			.append("status", machine.status().name())
			.append("outOfOrderSince", iso(machine.outOfOrderSince()))
			.append("lastServicedOn", iso(machine.lastServicedOn()))
			.append("version", machine.version());
	}

	private static Machine machine(Document document) {
		return new Machine(document.getString("_id"), document.getString("cfcId"), document.getString("name"),
				document.getString("make"), document.getString("model"), document.getString("scheme"),
				day(document.get("installedOn")), Machine.Status.valueOf(document.getString("status")),
				day(document.get("outOfOrderSince")), day(document.get("lastServicedOn")),
				(document.get("version") instanceof Number n) ? n.longValue() : 0L);
	}

	static String iso(LocalDate day) {
		return (day != null) ? day.toString() : null;
	}

	static LocalDate day(Object stored) {
		return (stored instanceof String text && !text.isBlank()) ? LocalDate.parse(text) : null;
	}

}
