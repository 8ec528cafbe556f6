package ladakh.crafts.marketplace.deputations;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.Refusal;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code deputations} collection: one document per deputation, {@code _id} its
 * exhibition's id, read by id or the latest by id; every move is conditional on the
 * version read.
 */
@Repository
class DeputationRepository {

	static final String COLLECTION = "deputations";

	private final ReactiveMongoTemplate mongo;

	DeputationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new deputation.
	 * @throws Refusal CONFLICT (in the Mono) when the exhibition is one already
	 */
	Mono<Deputation> insert(Deputation deputation) {
		return this.mongo.insert(document(deputation), COLLECTION)
			.thenReturn(deputation)
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("deputations.already"));
	}

	/** Stores a move if the deputation is still at the version read. */
	Mono<Boolean> save(Deputation moved, long readVersion) {
		Document document = document(moved);
		document.remove("_id");
		Update update = new Update();
		document.forEach(update::set);
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(moved.exhibitionId()).and("version").is(readVersion)),
					update, COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	Mono<Void> remove(String exhibitionId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(exhibitionId)), COLLECTION).then();
	}

	Mono<Deputation> find(String exhibitionId) {
		return this.mongo.findById(exhibitionId, Document.class, COLLECTION).map(DeputationRepository::deputation);
	}

	/** The latest deputations by id (ids end with the year). */
	Flux<Deputation> latest(int limit) {
		return this.mongo
			.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Document.class, COLLECTION)
			.map(DeputationRepository::deputation);
	}

	private static Document document(Deputation deputation) {
		return new Document("_id", deputation.exhibitionId()).append("destination", deputation.destination().name())
			.append("places", deputation.places())
			.append("travel",
					deputation.travel()
						.stream()
						.map((t) -> new Document("sellerId", t.sellerId()).append("departsOn", t.departsOn().toString())
							.append("returnsOn", t.returnsOn().toString())
							.append("by", t.by())
							.append("at", (t.at() != null) ? Date.from(t.at()) : null))
						.toList())
			.append("version", deputation.version());
	}

	private static Deputation deputation(Document document) {
		return new Deputation(document.getString("_id"), Destination.valueOf(document.getString("destination")),
				document.getInteger("places"),
				document.getList("travel", Document.class, List.of())
					.stream()
					.map((t) -> new Deputation.Travel(t.getString("sellerId"),
							LocalDate.parse(t.getString("departsOn")), LocalDate.parse(t.getString("returnsOn")),
							t.getString("by"), (t.getDate("at") != null) ? t.getDate("at").toInstant() : null))
					.toList(),
				((Number) document.get("version")).longValue());
	}

}
