package ladakh.crafts.marketplace.complex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.exhibitions.DrawSeed;
import ladakh.crafts.marketplace.exhibitions.PastAllocation;
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
import org.springframework.stereotype.Repository;

/**
 * The {@code complex_terms} collection: one document per term, {@code _id} its first day
 * (ISO), with the schedule's seed, ranking and history. Written once, when the schedule
 * is generated; read by id and by first day.
 */
@Repository
class ComplexTermRepository {

	static final String COLLECTION = "complex_terms";

	private final ReactiveMongoTemplate mongo;

	ComplexTermRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a schedule's terms.
	 * @throws Refusal CONFLICT (in the Mono) when a term with the same first day exists
	 */
	Mono<Void> insertAll(List<ComplexTerm> terms) {
		return this.mongo.insert(terms.stream().map(ComplexTermRepository::document).toList(), COLLECTION)
			.then()
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("complex.schedule.overlap"));
	}

	Mono<Void> remove(List<String> ids) {
		return this.mongo.remove(Query.query(Criteria.where("_id").in(ids)), COLLECTION).then();
	}

	Mono<ComplexTerm> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(ComplexTermRepository::term);
	}

	/**
	 * The last term that starts on or before the day (the current one if it covers it).
	 */
	Mono<ComplexTerm> startedBy(LocalDate day) {
		return one(Criteria.where("startsOn").lte(day.toString()), Sort.Direction.DESC);
	}

	/** The first term that starts after the day. */
	Mono<ComplexTerm> startingAfter(LocalDate day) {
		return one(Criteria.where("startsOn").gt(day.toString()), Sort.Direction.ASC);
	}

	/** The latest terms, newest first. */
	Flux<ComplexTerm> latest(int limit) {
		return this.mongo
			.find(new Query().with(Sort.by(Sort.Direction.DESC, "startsOn")).limit(limit), Document.class, COLLECTION)
			.map(ComplexTermRepository::term);
	}

	/**
	 * Whether a term overlaps the days: the last term starting on or before the last day
	 * overlaps exactly when it ends on or after the first (terms never overlap each
	 * other).
	 */
	Mono<Boolean> overlaps(LocalDate from, LocalDate to) {
		return startedBy(to).map((term) -> !term.endsOn().isBefore(from)).defaultIfEmpty(false);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("startsOn", Sort.Direction.ASC).unique().named("startsOn"))
			.then();
	}

	private Mono<ComplexTerm> one(Criteria criteria, Sort.Direction direction) {
		return this.mongo
			.findOne(Query.query(criteria).with(Sort.by(direction, "startsOn")).limit(1), Document.class, COLLECTION)
			.map(ComplexTermRepository::term);
	}

	private static Document document(ComplexTerm term) {
		return new Document("_id", term.id()).append("startsOn", term.startsOn().toString())
			.append("endsOn", term.endsOn().toString())
			.append("months", term.months())
			.append("policy", term.policy())
			.append("seed",
					new Document("publicValue", term.seed().publicValue()).append("sha256", term.seed().sha256()))
			.append("placed", term.placed().stream().map(ComplexTermRepository::ranked).toList())
			.append("waiting", term.waiting().stream().map(ComplexTermRepository::ranked).toList())
			.append("history",
					term.history()
						.stream()
						.map((h) -> new Document("sellerId", h.sellerId()).append("termId", h.exhibitionId())
							.append("endsOn", h.endsOn().toString()))
						.toList())
			.append("generatedBy", term.generatedBy())
			.append("generatedAt", Date.from(term.generatedAt()));
	}

	private static Document ranked(ComplexTerm.Ranked ranked) {
		return new Document("sellerId", ranked.sellerId()).append("shop", ranked.shop())
			.append("rank", ranked.rank())
			.append("recentTerms", ranked.recentTerms())
			.append("ticket", ranked.ticket());
	}

	private static ComplexTerm term(Document document) {
		Document seed = document.get("seed", Document.class);
		return new ComplexTerm(document.getString("_id"), LocalDate.parse(document.getString("startsOn")),
				LocalDate.parse(document.getString("endsOn")), document.getInteger("months", 3),
				document.getString("policy"), new DrawSeed(seed.getString("publicValue"), seed.getString("sha256")),
				ranked(document, "placed"), ranked(document, "waiting"),
				document.getList("history", Document.class, List.of())
					.stream()
					.map((h) -> new PastAllocation(h.getString("sellerId"), h.getString("termId"),
							LocalDate.parse(h.getString("endsOn"))))
					.toList(),
				document.getString("generatedBy"), instant(document.getDate("generatedAt")));
	}

	private static List<ComplexTerm.Ranked> ranked(Document document, String field) {
		return document.getList(field, Document.class, List.of())
			.stream()
			.map((r) -> new ComplexTerm.Ranked(r.getString("sellerId"), r.getString("shop"), r.getInteger("rank"),
					r.getInteger("recentTerms"), r.getString("ticket")))
			.toList();
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : Instant.EPOCH;
	}

}
