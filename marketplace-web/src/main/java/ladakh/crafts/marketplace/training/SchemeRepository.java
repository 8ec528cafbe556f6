package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The schemes, {@code training_schemes}, one document per scheme with its rate history
 * inside. Every read is by {@code _id} (one, or a range in id order), so the default
 * {@code _id} index serves them all; a change is one update conditional on the version.
 */
@Repository
class SchemeRepository {

	static final String COLLECTION = "training_schemes";

	private final ReactiveMongoTemplate mongo;

	SchemeRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Scheme> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(SchemeRepository::scheme);
	}

	/** Up to {@code limit} schemes by id, after {@code afterId} (or from the first). */
	Flux<Scheme> byId(String afterId, int limit) {
		Query query = (afterId != null) ? Query.query(Criteria.where("_id").gt(afterId)) : new Query();
		return this.mongo.find(query.with(Sort.by("_id")).limit(limit), Document.class, COLLECTION)
			.map(SchemeRepository::scheme);
	}

	/** Stores the scheme only when none has its id (the demo data, at every start). */
	Mono<Void> seed(Scheme scheme) {
		Document fields = document(scheme);
		fields.remove("_id");
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(scheme.id())),
					Update.fromDocument(new Document("$setOnInsert", fields)), COLLECTION)
			.then();
	}

	/**
	 * Stores the new rate history if nobody changed the scheme since it was read.
	 * @return the scheme as stored, or empty when another change came first
	 */
	Mono<Scheme> saveRates(Scheme before, Scheme after) {
		Query read = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
		Update update = new Update().set("rates", rates(after.rates())).set("version", after.version());
		return this.mongo.updateFirst(read, update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	private static Document document(Scheme scheme) {
		return new Document("_id", scheme.id())
			.append("name", new Document("en", scheme.name().en()).append("hi", scheme.name().hi()))
			.append("department", scheme.department().name())
			.append("centreKind", scheme.centreKind())
			.append("courseMonths", scheme.courseMonths())
			.append("intakeMin", scheme.intakeMin())
			.append("intakeMax", scheme.intakeMax())
			.append("rates", rates(scheme.rates()))
			.append("subsidyPercent", scheme.subsidyPercent())
			.append("provided", scheme.provided().stream().map(Enum::name).toList())
			.append("kit", scheme.kit().stream().map(Enum::name).toList())
			.append("version", scheme.version());
	}

	private static List<Document> rates(List<Scheme.Rate> rates) {
		return rates.stream()
			.map((rate) -> new Document("effectiveFrom", rate.effectiveFrom().toString())
				.append("monthlyMinor", rate.monthly().minor())
				.append("reason", rate.reason()))
			.toList();
	}

	private static Scheme scheme(Document document) {
		List<Scheme.Rate> rates = document.getList("rates", Document.class, List.of())
			.stream()
			.map((rate) -> new Scheme.Rate(LocalDate.parse(rate.getString("effectiveFrom")),
					Money.paise(number(rate.get("monthlyMinor"))), rate.getString("reason")))
			.toList();
		return new Scheme(document.getString("_id"), LocalizedText.of(document.get("name")),
				Scheme.Department.valueOf(document.getString("department")), document.getString("centreKind"),
				(int) number(document.get("courseMonths")), (int) number(document.get("intakeMin")),
				(int) number(document.get("intakeMax")), rates, (int) number(document.get("subsidyPercent")),
				provisions(document.getList("provided", String.class, List.of())),
				provisions(document.getList("kit", String.class, List.of())), number(document.get("version")));
	}

	private static List<Scheme.Provision> provisions(List<String> codes) {
		return codes.stream().map(Scheme.Provision::valueOf).toList();
	}

	private static long number(Object stored) {
		return (stored instanceof Number n) ? n.longValue() : 0L;
	}

}
