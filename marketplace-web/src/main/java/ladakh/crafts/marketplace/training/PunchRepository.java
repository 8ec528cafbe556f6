package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code attendance_punches} collection: the punches of the biometric devices, each
 * under a key made of what it is (person, time, device), so uploading the same log again,
 * or a log that overlaps the last one, stores each punch once.
 */
@Repository
class PunchRepository {

	static final String COLLECTION = "attendance_punches";

	private final ReactiveMongoTemplate mongo;

	PunchRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores the punches not stored yet; how many were new. */
	Mono<Long> insertNew(String centreId, List<Punch> punches) {
		return Flux.fromIterable(punches)
			.concatMap((punch) -> this.mongo.insert(document(centreId, punch), COLLECTION)
				.thenReturn(1L)
				.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(0L)))
			.reduce(0L, Long::sum);
	}

	/** A person's punches of a period. */
	Flux<Punch> ofPersonBetween(String personId, LocalDate from, LocalDate until) {
		Query query = Query
			.query(Criteria.where("personId").is(personId).and("day").gte(from.toString()).lte(until.toString()))
			.with(Sort.by("day"))
			.limit(AttendanceMarkRepository.MOST_OF_A_DAY);
		return this.mongo.find(query, Document.class, COLLECTION).map(PunchRepository::punch);
	}

	/** A centre's punches of a day. */
	Flux<Punch> ofCentreOn(String centreId, LocalDate day) {
		Query query = Query.query(Criteria.where("centreId").is(centreId).and("day").is(day.toString()))
			.limit(AttendanceMarkRepository.MOST_OF_A_DAY);
		return this.mongo.find(query, Document.class, COLLECTION).map(PunchRepository::punch);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(
					new Index().on("centreId", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("centreId_day"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("personId", Sort.Direction.ASC)
					.on("day", Sort.Direction.ASC)
					.named("personId_day")))
			.then();
	}

	private static Document document(String centreId, Punch punch) {
		return new Document("_id", punch.personId() + "|" + punch.at() + "|" + punch.deviceId())
			.append("centreId", centreId)
			.append("personId", punch.personId())
			.append("day", punch.at().toLocalDate().toString())
			.append("at", punch.at().toString())
			.append("device", punch.deviceId());
	}

	private static Punch punch(Document document) {
		return new Punch(document.getString("personId"), LocalDateTime.parse(document.getString("at")),
				document.getString("device"));
	}

}
