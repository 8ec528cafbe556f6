package ladakh.crafts.marketplace.exhibitions;

import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.shared.After;
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
 * The {@code stall_applications} collection: one document per seller and exhibition
 * (unique index {@code exhibitionId_sellerId}, so a second application is a duplicate
 * key, whoever sends it and however fast), {@code appliedAt} as a date. Every query is
 * served by an index declared in {@link #createIndexes}.
 */
@Repository
class StallApplicationRepository {

	static final String COLLECTION = "stall_applications";

	/** The most applications one exhibition's draw reads. */
	static final int MAX_PER_EXHIBITION = 10_000;

	private final ReactiveMongoTemplate mongo;

	StallApplicationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<StallApplication> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(StallApplicationRepository::application);
	}

	/** The seller's application to the exhibition, if any (withdrawn ones too). */
	Mono<StallApplication> of(String exhibitionId, String sellerId) {
		Query query = Query.query(Criteria.where("exhibitionId").is(exhibitionId).and("sellerId").is(sellerId));
		return this.mongo.findOne(query, Document.class, COLLECTION).map(StallApplicationRepository::application);
	}

	/**
	 * Stores a new application.
	 * @throws Refusal CONFLICT (in the Mono) when the seller has one for the exhibition
	 */
	Mono<StallApplication> insert(StallApplication application) {
		return this.mongo.insert(document(application), COLLECTION)
			.thenReturn(application)
			.onErrorMap(DuplicateKeyException.class, (ex) -> Refusal.conflict("exhibitions.apply.already"));
	}

	/**
	 * Stores a move if the application is as it was read.
	 * @return the application as stored, or empty when another move came first
	 */
	Mono<StallApplication> save(StallApplication before, StallApplication after) {
		Query query = Query.query(Criteria.where("_id")
			.is(before.id())
			.and("version")
			.is(before.version())
			.and("status")
			.is(before.status().name()));
		Update update = new Update();
		document(after).forEach((field, value) -> {
			if (!"_id".equals(field)) {
				update.set(field, value);
			}
		});
		return this.mongo.updateFirst(query, update, COLLECTION)
			.filter((result) -> result.getModifiedCount() == 1)
			.map((result) -> after);
	}

	/** A seller's applications, the latest first, from a keyset position. */
	Flux<StallApplication> ofSeller(String sellerId, After after, int limit) {
		Criteria criteria = Criteria.where("sellerId").is(sellerId);
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().andOperator(Criteria.where("sellerId").is(sellerId),
					Criteria.where("appliedAt").lte(at), new Criteria().orOperator(Criteria.where("appliedAt").lt(at),
							Criteria.where("_id").lt(after.id())));
		}
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "appliedAt", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallApplicationRepository::application);
	}

	/**
	 * An exhibition's applications by seller id, from a keyset position (the seller id).
	 */
	Flux<StallApplication> ofExhibition(String exhibitionId, String afterSeller, int limit) {
		Criteria criteria = Criteria.where("exhibitionId").is(exhibitionId);
		if (afterSeller != null) {
			criteria = criteria.and("sellerId").gt(afterSeller);
		}
		Query query = Query.query(criteria).with(Sort.by("sellerId")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallApplicationRepository::application);
	}

	/** The exhibition's applications waiting for the draw. */
	Flux<StallApplication> applied(String exhibitionId) {
		Query query = Query
			.query(Criteria.where("exhibitionId")
				.is(exhibitionId)
				.and("status")
				.is(StallApplication.Status.APPLIED.name()))
			.with(Sort.by("sellerId"))
			.limit(MAX_PER_EXHIBITION);
		return this.mongo.find(query, Document.class, COLLECTION).map(StallApplicationRepository::application);
	}

	/**
	 * Sets the categories an application claims, as claimed (a new application or one
	 * made again: officers' earlier decisions go with the old choices).
	 */
	Mono<Void> claim(String applicationId, java.util.Set<ReservedCategory> categories) {
		Document claims = new Document();
		categories.stream()
			.sorted()
			.forEach((category) -> claims.append(category.name(), claimDocument(ReservedClaim.claimed(category))));
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(applicationId)), new Update().set("claims", claims),
					COLLECTION)
			.then();
	}

	/**
	 * Stores an officer's decision on a claim if it still stands as it was read.
	 * @return whether it was stored
	 */
	Mono<Boolean> decide(String applicationId, ReservedClaim before, ReservedClaim after) {
		String field = "claims." + before.category().name();
		Query query = Query
			.query(Criteria.where("_id").is(applicationId).and(field + ".decision").is(before.decision().name()));
		return this.mongo.updateFirst(query, new Update().set(field, claimDocument(after)), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * The claims of these applications, by application id (by {@code _id}, in slices).
	 */
	Mono<java.util.Map<String, List<ReservedClaim>>> claims(java.util.Collection<String> applicationIds) {
		List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(applicationIds));
		return Flux.range(0, (ids.size() + IN_SLICE - 1) / IN_SLICE)
			.concatMap((i) -> this.mongo.find(
					Query.query(Criteria.where("_id")
						.in(ids.subList(i * IN_SLICE, Math.min(ids.size(), (i + 1) * IN_SLICE)))),
					Document.class, COLLECTION))
			.collectMap((document) -> document.getString("_id"), StallApplicationRepository::claimsOf);
	}

	/** Ids per {@code $in}: the embedded engine serves up to 500 values. */
	static final int IN_SLICE = 500;

	private static Document claimDocument(ReservedClaim claim) {
		return new Document("decision", claim.decision().name()).append("reason", claim.reason())
			.append("by", claim.by())
			.append("at", (claim.at() != null) ? Date.from(claim.at()) : null);
	}

	private static List<ReservedClaim> claimsOf(Document document) {
		Document claims = document.get("claims", Document.class);
		if (claims == null) {
			return List.of();
		}
		List<ReservedClaim> read = new java.util.ArrayList<>();
		claims.forEach((category, value) -> {
			Document claim = (Document) value;
			Date at = claim.getDate("at");
			read.add(new ReservedClaim(ReservedCategory.valueOf(category),
					ReservedClaim.Decision.valueOf(claim.getString("decision")), claim.getString("reason"),
					claim.getString("by"), (at != null) ? at.toInstant() : null));
		});
		return List.copyOf(read);
	}

	/** One per seller and exhibition; a seller's by time (docs/decisions/0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
				.on("sellerId", Sort.Direction.ASC)
				.unique()
				.named("exhibitionId_sellerId"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
					.on("appliedAt", Sort.Direction.DESC)
					.on("_id", Sort.Direction.DESC)
					.named("sellerId_appliedAt_id")))
			.then();
	}

	private static Document document(StallApplication application) {
		return new Document("_id", application.id()).append("exhibitionId", application.exhibitionId())
			.append("sellerId", application.sellerId())
			.append("sellerKind", (application.sellerKind() != null) ? application.sellerKind().name() : null)
			.append("crafts", application.crafts())
			.append("listingIds", application.listingIds())
			.append("kind", application.kind().name())
			.append("widthDm", application.widthDm())
			.append("depthDm", application.depthDm())
			.append("status", application.status().name())
			.append("appliedAt", Date.from(application.appliedAt()))
			.append("version", application.version());
	}

	private static StallApplication application(Document document) {
		return new StallApplication(document.getString("_id"), document.getString("exhibitionId"),
				document.getString("sellerId"), SellerKind.of(document.getString("sellerKind")),
				document.getList("crafts", String.class, List.of()),
				document.getList("listingIds", String.class, List.of()), StallKind.valueOf(document.getString("kind")),
				document.getInteger("widthDm"), document.getInteger("depthDm"),
				StallApplication.Status.valueOf(document.getString("status")),
				document.getDate("appliedAt").toInstant(), ((Number) document.get("version")).longValue());
	}

}
