package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
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
 * The {@code exhibitions} collection (docs/data-model.md): dates as ISO strings, the
 * stall plan as an array of stalls with {@code feeMinor} + {@code currency} and lengths
 * in decimetres. Every query here is served by an index declared in
 * {@link #createIndexes}.
 */
@Repository
class ExhibitionRepository {

	static final String COLLECTION = "exhibitions";

	private final ReactiveMongoTemplate mongo;

	ExhibitionRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Exhibition> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(ExhibitionRepository::exhibition);
	}

	/**
	 * Exhibitions not ended on this day, the soonest to end first: current, then coming.
	 */
	Flux<Exhibition> notEndedBy(LocalDate today, int limit) {
		Query query = Query.query(Criteria.where("endsOn").gte(today.toString()))
			.with(Sort.by("endsOn", "_id"))
			.limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ExhibitionRepository::exhibition);
	}

	/**
	 * Exhibitions that ended before this day, the latest first, from a keyset position
	 * ({@code after}: its last day and id; decision 0046).
	 */
	Flux<Exhibition> endedBefore(LocalDate today, After after, int limit) {
		String before = today.toString();
		Criteria range = Criteria.where("endsOn").lt(before);
		if (after != null && after.key().compareTo(before) < 0) {
			// The range on endsOn is what the index serves; only ties on it are filtered
			// by id.
			range = new Criteria().andOperator(Criteria.where("endsOn").lte(after.key()), new Criteria()
				.orOperator(Criteria.where("endsOn").lt(after.key()), Criteria.where("_id").lt(after.id())));
		}
		Query query = Query.query(range).with(Sort.by(Sort.Direction.DESC, "endsOn", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ExhibitionRepository::exhibition);
	}

	/**
	 * Stores a new plan if nobody moved the exhibition since it was read.
	 * @return the exhibition as stored, or empty when another move came first
	 */
	Mono<Exhibition> savePlan(Exhibition before, Exhibition after) {
		Criteria read = (before.version() == 0)
				? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
				: Criteria.where("version").is(before.version());
		Query query = Query.query(Criteria.where("_id").is(before.id()).andOperator(read));
		Update update = new Update().set("stalls", stalls(after.plan())).set("version", after.version());
		return this.mongo.updateFirst(query, update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	/** Exhibitions by last day, both ways (docs/decisions/0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("endsOn", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("endsOn_id"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("endsOn", Sort.Direction.DESC)
					.on("_id", Sort.Direction.DESC)
					.named("endsOn_desc_id")))
			.then();
	}

	private static List<Document> stalls(StallPlan plan) {
		List<Document> stalls = new ArrayList<>();
		for (Stall stall : plan.stalls()) {
			stalls.add(new Document("number", stall.number()).append("kind", stall.kind().name())
				.append("widthDm", stall.widthDm())
				.append("depthDm", stall.depthDm())
				.append("feeMinor", stall.fee().minor())
				.append("currency", stall.fee().currencyCode())
				.append("xDm", stall.xDm())
				.append("yDm", stall.yDm())
				.append("reservedFor", (stall.reservedFor() != null) ? stall.reservedFor().name() : null));
		}
		return stalls;
	}

	private static Exhibition exhibition(Document document) {
		List<Stall> stalls = new ArrayList<>();
		for (Document stall : document.getList("stalls", Document.class, List.of())) {
			String reserved = stall.getString("reservedFor");
			stalls.add(new Stall(stall.getString("number"), StallKind.valueOf(stall.getString("kind")),
					stall.getInteger("widthDm"), stall.getInteger("depthDm"),
					Money.of(((Number) stall.get("feeMinor")).longValue(), stall.getString("currency")),
					stall.getInteger("xDm"), stall.getInteger("yDm"),
					(reserved != null) ? ReservedCategory.valueOf(reserved) : null));
		}
		Object description = document.get("description");
		Number version = (Number) document.get("version");
		return new Exhibition(document.getString("_id"), LocalizedText.of(document.get("name")),
				document.getString("venue"), document.getString("place"), document.getString("district"),
				LocalDate.parse(document.getString("startsOn")), LocalDate.parse(document.getString("endsOn")),
				(description != null) ? LocalizedText.of(description) : null, new StallPlan(stalls),
				(version != null) ? version.longValue() : 0L);
	}

}
