package ladakh.crafts.marketplace.training.placements;

import java.time.LocalDate;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code instructor_placements} collection. A placement's id is
 * {@code <instructor>:<from>}, so an instructor starts at most one placement a day (a
 * retried or racing move is a duplicate key); the current one is the one with no
 * {@code to}.
 */
@Repository
class PlacementRepository {

	static final String COLLECTION = "instructor_placements";

	static final int MOST = 100;

	private final ReactiveMongoTemplate mongo;

	PlacementRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("instructorId", Sort.Direction.ASC)
				.on("to", Sort.Direction.ASC)
				.named("instructorId_to"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(
						new Index().on("placeId", Sort.Direction.ASC).on("to", Sort.Direction.ASC).named("placeId_to")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("from", Sort.Direction.DESC).named("from")))
			.then();
	}

	/** Stores a new placement; false when the instructor already starts one that day. */
	Mono<Boolean> insert(Placement placement) {
		return this.mongo.insert(document(placement), COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/** The instructor's current placement, or empty. */
	Mono<Placement> currentOf(String instructorId) {
		return this.mongo
			.findOne(Query.query(Criteria.where("instructorId").is(instructorId).and("to").is(null)), Document.class,
					COLLECTION)
			.map(PlacementRepository::placement);
	}

	/** Ends a placement on that day, only while it is still current. */
	Mono<Boolean> end(String id, LocalDate to) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("to").is(null)),
					Update.update("to", to.toString()), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** Who is placed at a centre now. */
	Flux<Placement> currentAt(String placeId) {
		return this.mongo
			.find(Query.query(Criteria.where("placeId").is(placeId).and("to").is(null)).limit(MOST), Document.class,
					COLLECTION)
			.map(PlacementRepository::placement);
	}

	/** The latest placements begun, the latest first. */
	Flux<Placement> latest() {
		return this.mongo
			.find(new Query().with(Sort.by(Sort.Direction.DESC, "from")).limit(MOST), Document.class, COLLECTION)
			.map(PlacementRepository::placement);
	}

	/** An instructor's history, the latest first. */
	Flux<Placement> ofInstructor(String instructorId) {
		return this.mongo
			.find(Query.query(Criteria.where("instructorId").is(instructorId))
				.with(Sort.by(Sort.Direction.DESC, "from"))
				.limit(MOST), Document.class, COLLECTION)
			.map(PlacementRepository::placement);
	}

	private static Document document(Placement placement) {
		return new Document("_id", placement.id()).append("instructorId", placement.instructorId())
			.append("instructorName", placement.instructorName())
			.append("place", placement.place().name())
			.append("placeId", placement.placeId())
			.append("placeName", placement.placeName())
			.append("from", placement.from().toString())
			.append("to", (placement.to() != null) ? placement.to().toString() : null);
	}

	private static Placement placement(Document document) {
		String to = document.getString("to");
		return new Placement(document.getString("_id"), document.getString("instructorId"),
				document.getString("instructorName"), Placement.Place.valueOf(document.getString("place")),
				document.getString("placeId"), document.getString("placeName"),
				LocalDate.parse(document.getString("from")), (to != null) ? LocalDate.parse(to) : null);
	}

}
