package ladakh.crafts.marketplace.training.cfc;

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

/** The {@code cfcs} collection: the department's common facility centres, by name. */
@Repository
class CfcRepository {

	static final String COLLECTION = "cfcs";

	/** The department runs a handful of centres; a page never lists more. */
	static final int MOST = 100;

	private final ReactiveMongoTemplate mongo;

	CfcRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("name", Sort.Direction.ASC).named("name"))
			.then();
	}

	Flux<Cfc> all() {
		return this.mongo.find(new Query().with(Sort.by("name")).limit(MOST), Document.class, COLLECTION)
			.map(CfcRepository::cfc);
	}

	Mono<Cfc> byId(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(CfcRepository::cfc);
	}

	Mono<Void> insertIfAbsent(Cfc cfc) {
		Update update = new Update().setOnInsert("name", cfc.name())
			.setOnInsert("district", cfc.district())
			.setOnInsert("village", cfc.village())
			.setOnInsert("openedOn", MachineRepository.iso(cfc.openedOn()));
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(cfc.id())), update, COLLECTION).then();
	}

	private static Cfc cfc(Document document) {
		return new Cfc(document.getString("_id"), document.getString("name"), document.getString("district"),
				document.getString("village"), MachineRepository.day(document.get("openedOn")));
	}

}
