package ladakh.crafts.marketplace.training.products;

import java.time.Instant;
import java.util.Date;

import ladakh.crafts.marketplace.shared.After;
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
 * The {@code centre_products} collection: what trainees made, per centre and batch, and
 * the listing each is sold as. Listing is claimed by one conditional update (listingId
 * absent → {@code LISTING}), so two clicks make one listing.
 */
@Repository
class CentreProductRepository {

	static final String COLLECTION = "centre_products";

	private final ReactiveMongoTemplate mongo;

	CentreProductRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<CentreProduct> insert(CentreProduct product) {
		return this.mongo.insert(document(product), COLLECTION).thenReturn(product);
	}

	Mono<CentreProduct> byId(String centreId, String id) {
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(id).and("centreId").is(centreId)), Document.class, COLLECTION)
			.map(CentreProductRepository::product);
	}

	/** The product a listing sells, if a centre's. */
	Mono<CentreProduct> byListing(String listingId) {
		return this.mongo.findOne(Query.query(Criteria.where("listingId").is(listingId)), Document.class, COLLECTION)
			.map(CentreProductRepository::product);
	}

	/**
	 * @return true when this caller may make the listing (nobody has, nobody is)
	 */
	Mono<Boolean> claimListing(String id) {
		Query unlisted = Query.query(Criteria.where("_id").is(id).and("listingId").is(null));
		return this.mongo.updateFirst(unlisted, Update.update("listingId", CentreProduct.LISTING), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	Mono<Void> listedAs(String id, String listingId) {
		Query claimed = Query.query(Criteria.where("_id").is(id).and("listingId").is(CentreProduct.LISTING));
		return this.mongo.updateFirst(claimed, Update.update("listingId", listingId), COLLECTION).then();
	}

	/** Gives a claim back when making the listing failed. */
	Mono<Void> unclaim(String id) {
		Query claimed = Query.query(Criteria.where("_id").is(id).and("listingId").is(CentreProduct.LISTING));
		return this.mongo.updateFirst(claimed, Update.update("listingId", null), COLLECTION).then();
	}

	/**
	 * A page of a centre's products, newest first: index (centreId, madeAt desc, _id
	 * desc).
	 */
	Flux<CentreProduct> ofCentre(String centreId, After after, int limit) {
		Criteria which = Criteria.where("centreId").is(centreId);
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			which = which.and("madeAt")
				.lte(at)
				.orOperator(Criteria.where("madeAt").lt(at), Criteria.where("_id").lt(after.id()));
		}
		Query query = Query.query(which).with(Sort.by(Sort.Direction.DESC, "madeAt", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(CentreProductRepository::product);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("centreId", Sort.Direction.ASC)
				.on("madeAt", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC)
				.named("centreId_madeAt_id"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("listingId", Sort.Direction.ASC).named("listingId")))
			.then();
	}

	private static Document document(CentreProduct product) {
		return new Document("_id", product.id()).append("centreId", product.centreId())
			.append("batchId", product.batchId())
			.append("craft", product.craft())
			.append("titleEn", product.titleEn())
			.append("titleHi", product.titleHi())
			.append("descriptionEn", product.descriptionEn())
			.append("made", product.made())
			.append("priceMinor", product.price().minor())
			.append("currency", product.price().currencyCode())
			.append("listingId", product.listingId())
			.append("madeAt", Date.from(product.madeAt()))
			.append("by", product.by());
	}

	private static CentreProduct product(Document document) {
		return new CentreProduct(document.getString("_id"), document.getString("centreId"),
				document.getString("batchId"), document.getString("craft"), document.getString("titleEn"),
				document.getString("titleHi"), document.getString("descriptionEn"),
				document.get("made", Number.class).intValue(),
				Money.of(document.get("priceMinor", Number.class).longValue(), document.getString("currency")),
				document.getString("listingId"), instant(document.getDate("madeAt")), document.getString("by"));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
