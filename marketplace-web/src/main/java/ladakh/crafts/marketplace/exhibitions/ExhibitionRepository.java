package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
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
	 * These exhibitions, read together by key ({@code _id}); unknown ids are left out.
	 */
	Flux<Exhibition> findAll(java.util.Collection<String> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
			.map(ExhibitionRepository::exhibition);
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
	 * Every exhibition, the latest to end first, from a keyset position (the officers'
	 * list; served by {@code endsOn_desc_id}).
	 */
	Flux<Exhibition> latestFirst(After after, int limit) {
		Criteria range = new Criteria();
		if (after != null) {
			range = new Criteria().andOperator(Criteria.where("endsOn").lte(after.key()), new Criteria()
				.orOperator(Criteria.where("endsOn").lt(after.key()), Criteria.where("_id").lt(after.id())));
		}
		Query query = Query.query(range).with(Sort.by(Sort.Direction.DESC, "endsOn", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ExhibitionRepository::exhibition);
	}

	/**
	 * Stores a new exhibition.
	 * @throws Refusal CONFLICT (in the Mono) when its id is taken
	 */
	Mono<Exhibition> insert(Exhibition exhibition) {
		Document document = new Document("_id", exhibition.id()).append("stalls", stalls(exhibition.plan()))
			.append("version", exhibition.version());
		facts(exhibition).forEach(document::append);
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(exhibition)
			.onErrorMap(DuplicateKeyException.class,
					(ex) -> Refusal.conflict("exhibitions.id.taken", exhibition.id()).at("nameEn"));
	}

	/**
	 * Stores new facts (name, place, dates, call) if nobody moved the exhibition since it
	 * was read.
	 * @return the exhibition as stored, or empty when another move came first
	 */
	Mono<Exhibition> saveFacts(Exhibition before, Exhibition after) {
		Update update = new Update().set("version", after.version());
		facts(after).forEach(update::set);
		return this.mongo.updateFirst(readAt(before), update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	/**
	 * Stores a new plan if nobody moved the exhibition since it was read.
	 * @return the exhibition as stored, or empty when another move came first
	 */
	Mono<Exhibition> savePlan(Exhibition before, Exhibition after) {
		Update update = new Update().set("stalls", stalls(after.plan())).set("version", after.version());
		return this.mongo.updateFirst(readAt(before), update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	/** The exhibition as it was read: its id and version (a missing version is 0). */
	private static Query readAt(Exhibition before) {
		Criteria read = (before.version() == 0)
				? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
				: Criteria.where("version").is(before.version());
		return Query.query(Criteria.where("_id").is(before.id()).andOperator(read));
	}

	/** The fields an officer's form sets, in the stored shape. */
	private static java.util.Map<String, Object> facts(Exhibition exhibition) {
		java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
		facts.put("name", new Document("en", exhibition.name().en()).append("hi", exhibition.name().hi()));
		facts.put("venue", exhibition.venue());
		facts.put("place", exhibition.place());
		facts.put("district", exhibition.district());
		facts.put("startsOn", exhibition.startsOn().toString());
		facts.put("endsOn", exhibition.endsOn().toString());
		ApplicationCall call = exhibition.call();
		facts.put("applications", (call == null) ? null
				: new Document("opensOn", call.opensOn().toString()).append("closesOn", call.closesOn().toString())
					.append("feeDueOn", call.feeDueOn().toString())
					.append("sellerKinds", call.sellerKinds().stream().map(SellerKind::name).sorted().toList())
					.append("crafts", call.crafts()));
		return facts;
	}

	private static ApplicationCall call(Document call) {
		if (call == null) {
			return null;
		}
		java.util.Set<SellerKind> kinds = java.util.EnumSet.noneOf(SellerKind.class);
		for (String kind : call.getList("sellerKinds", String.class, List.of())) {
			SellerKind known = SellerKind.of(kind);
			if (known != null) {
				kinds.add(known);
			}
		}
		return new ApplicationCall(LocalDate.parse(call.getString("opensOn")),
				LocalDate.parse(call.getString("closesOn")), LocalDate.parse(call.getString("feeDueOn")), kinds,
				call.getList("crafts", String.class, List.of()));
	}

	/**
	 * Exhibitions whose first day is in {@code from}..{@code to}, by first day (index
	 * {@code startsOn_id}), at most {@code limit}.
	 */
	Flux<Exhibition> startingBetween(LocalDate from, LocalDate to, int limit) {
		Query query = Query.query(Criteria.where("startsOn").gte(from.toString()).lte(to.toString()))
			.with(Sort.by("startsOn", "_id"))
			.limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(ExhibitionRepository::exhibition);
	}

	/**
	 * Exhibitions by last day, both ways (docs/decisions/0046); by first day, for the
	 * financial-year reports.
	 */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("endsOn", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("endsOn_id"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("endsOn", Sort.Direction.DESC)
					.on("_id", Sort.Direction.DESC)
					.named("endsOn_desc_id")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("startsOn", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("startsOn_id")))
			.then();
	}

	/** Stalls in their stored shape (also the allocation record's). */
	static List<Document> stalls(StallPlan plan) {
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

	/** Stalls read from their stored shape. */
	static List<Stall> stalls(List<Document> stored) {
		List<Stall> stalls = new ArrayList<>();
		for (Document stall : stored) {
			String reserved = stall.getString("reservedFor");
			stalls.add(new Stall(stall.getString("number"), StallKind.valueOf(stall.getString("kind")),
					stall.getInteger("widthDm"), stall.getInteger("depthDm"),
					Money.of(((Number) stall.get("feeMinor")).longValue(), stall.getString("currency")),
					stall.getInteger("xDm"), stall.getInteger("yDm"),
					(reserved != null) ? ReservedCategory.valueOf(reserved) : null));
		}
		return stalls;
	}

	private static Exhibition exhibition(Document document) {
		List<Stall> stalls = stalls(document.getList("stalls", Document.class, List.of()));
		Object description = document.get("description");
		Number version = (Number) document.get("version");
		return new Exhibition(document.getString("_id"), LocalizedText.of(document.get("name")),
				document.getString("venue"), document.getString("place"), document.getString("district"),
				LocalDate.parse(document.getString("startsOn")), LocalDate.parse(document.getString("endsOn")),
				(description != null) ? LocalizedText.of(description) : null, new StallPlan(stalls),
				call(document.get("applications", Document.class)), (version != null) ? version.longValue() : 0L);
	}

}
