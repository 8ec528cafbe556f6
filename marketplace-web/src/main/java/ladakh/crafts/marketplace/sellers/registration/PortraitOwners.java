package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoStore;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An artisan's portrait, stored with their application: public once the application made
 * them a registered seller whose record carries it (their shop and verification pages
 * show it); until then, and for an application turned down, staff only.
 */
@Component
@Order(2)
class PortraitOwners implements PhotoOwners {

	private final ReactiveMongoTemplate mongo;

	PortraitOwners(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo) {
		Query registered = Query
			.query(Criteria.where("_id").is(SellerRecords.sellerIdFor(photo.ownerId())).and("photoId").is(photo.id()));
		Query applied = Query.query(Criteria.where("_id").is(photo.ownerId()));
		return this.mongo.exists(registered, SellerRecords.COLLECTION)
			.flatMap((seller) -> seller ? Mono.just(PhotoAudience.anyone())
					: this.mongo.exists(applied, Document.class, ApplicationRepository.COLLECTION)
						.flatMap((application) -> application ? Mono.just(PhotoAudience.staffOnly()) : Mono.empty()));
	}

}
