package ladakh.crafts.marketplace.training.kits;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
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
 * The {@code kit_applications} collection, one document per person and scheme
 * ({@code _id "<traineeId>:<schemeId>"}: the unique key that makes a second application a
 * duplicate, however many are sent at once). A move is one update conditional on the
 * status and version it was decided from.
 */
@Repository
class KitApplicationRepository {

	static final String COLLECTION = "kit_applications";

	private final ReactiveMongoTemplate mongo;

	KitApplicationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return false when this person already applied under this scheme
	 */
	Mono<Boolean> insert(KitApplication kit) {
		return this.mongo.insert(document(kit), COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	Mono<KitApplication> byId(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(KitApplicationRepository::kit);
	}

	/** Saves a move, only if nobody moved the application since it was read. */
	Mono<Boolean> save(KitApplication before, KitApplication after) {
		Query unchanged = Query.query(Criteria.where("_id")
			.is(before.id())
			.and("status")
			.is(before.status().name())
			.and("version")
			.is(before.version()));
		Update update = new Update().set("status", after.status().name())
			.set("paymentReference", after.paymentReference())
			.set("changedAt", Date.from(after.changedAt()))
			.set("version", after.version());
		return this.mongo.updateFirst(unchanged, update, COLLECTION).map((result) -> result.getModifiedCount() == 1);
	}

	/** The ids among {@code ids} that have an application (the eligible list's marks). */
	Flux<String> existing(List<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((document) -> document.getString("_id"));
	}

	/** One page, newest first, past {@code after}: index (appliedAt desc, _id desc). */
	Flux<KitApplication> newestFirst(After after, int limit) {
		Criteria which = new Criteria();
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			which = Criteria.where("appliedAt")
				.lte(at)
				.orOperator(Criteria.where("appliedAt").lt(at), Criteria.where("_id").lt(after.id()));
		}
		Query query = Query.query(which).with(Sort.by(Sort.Direction.DESC, "appliedAt", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(KitApplicationRepository::kit);
	}

	/**
	 * The kits issued in {@code [from, to)} summed by centre and scheme: one
	 * {@code $match} on {@code status, changedAt} (index {@code status_changedAt}: an
	 * issued kit moves no more, so its last move is its issue) and one {@code $group}.
	 */
	Flux<IssuedSum> issuedBetween(Instant from, Instant to) {
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("status", KitApplication.Status.ISSUED.name()).append("changedAt",
								new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))),
				new Document("$group",
						new Document("_id", new Document("centreId", "$centreId").append("schemeId", "$schemeId"))
							.append("costMinor", new Document("$sum", "$costMinor"))
							.append("shareMinor", new Document("$sum", "$shareMinor"))
							.append("kits", new Document("$sum", 1))));
		return this.mongo.getCollection(COLLECTION).flatMapMany((kits) -> kits.aggregate(pipeline)).map((sum) -> {
			Document key = sum.get("_id", Document.class);
			return new IssuedSum(key.getString("centreId"), key.getString("schemeId"),
					Money.paise(sum.get("costMinor", Number.class).longValue()),
					Money.paise(sum.get("shareMinor", Number.class).longValue()),
					sum.get("kits", Number.class).longValue());
		});
	}

	/** Kits issued at a centre under a scheme, summed. */
	record IssuedSum(String centreId, String schemeId, Money cost, Money share, long kits) {

	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("appliedAt", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC)
				.named("appliedAt_id"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("status", Sort.Direction.ASC)
					.on("changedAt", Sort.Direction.ASC)
					.named("status_changedAt")))
			.then();
	}

	private static Document document(KitApplication kit) {
		return new Document("_id", kit.id()).append("traineeId", kit.traineeId())
			.append("name", kit.name())
			.append("centreId", kit.centreId())
			.append("batchId", kit.batchId())
			.append("schemeId", kit.schemeId())
			.append("items", kit.items())
			.append("costMinor", kit.cost().minor())
			.append("subsidyPercent", kit.subsidyPercent())
			.append("shareMinor", kit.share().minor())
			.append("currency", kit.cost().currencyCode())
			.append("status", kit.status().name())
			.append("paymentReference", kit.paymentReference())
			.append("appliedAt", Date.from(kit.appliedAt()))
			.append("changedAt", Date.from(kit.changedAt()))
			.append("version", kit.version());
	}

	private static KitApplication kit(Document document) {
		String currency = document.getString("currency");
		return new KitApplication(document.getString("_id"), document.getString("traineeId"),
				document.getString("name"), document.getString("centreId"), document.getString("batchId"),
				document.getString("schemeId"), document.getList("items", String.class),
				Money.of(document.get("costMinor", Number.class).longValue(), currency),
				document.get("subsidyPercent", Number.class).intValue(),
				Money.of(document.get("shareMinor", Number.class).longValue(), currency),
				KitApplication.Status.valueOf(document.getString("status")), document.getString("paymentReference"),
				instant(document.getDate("appliedAt")), instant(document.getDate("changedAt")),
				document.get("version", Number.class).longValue());
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
