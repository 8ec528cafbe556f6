package ladakh.crafts.marketplace.catalog;

import java.util.Set;

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
 * A listing's photos are public while buyers can see the listing (published or sold out,
 * as its product page); a draft's, one in review, a paused or a removed listing's are for
 * its seller and staff (an officer who took it down still sees why).
 */
@Component
@Order(1)
class ListingPhotoOwners implements PhotoOwners {

	private static final Set<String> PUBLIC = Set.of(ListingStatus.PUBLISHED.name(), ListingStatus.SOLD_OUT.name());

	private final ReactiveMongoTemplate mongo;

	ListingPhotoOwners(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo) {
		Query query = Query.query(Criteria.where("_id").is(photo.ownerId()));
		query.fields().include("status", "sellerId");
		return this.mongo.findOne(query, Document.class, Listings.COLLECTION)
			.map((listing) -> PUBLIC.contains(listing.getString("status")) ? PhotoAudience.anyone()
					: PhotoAudience.staffAndSeller(listing.getString("sellerId")));
	}

}
