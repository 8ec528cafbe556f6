package ladakh.crafts.marketplace.catalog;

import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoStore;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A listing's photos are public while buyers can see the listing (published or sold out,
 * as its product page); a draft's, one in review, a paused or a removed listing's are for
 * its seller and staff (an officer who took it down still sees why).
 */
@Component
@Order(1)
class ListingPhotoOwners implements PhotoOwners {

	private final ListingRepository listings;

	ListingPhotoOwners(ListingRepository listings) {
		this.listings = listings;
	}

	@Override
	public Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo) {
		return this.listings.find(photo.ownerId())
			.map((listing) -> listing.visibleToBuyers() ? PhotoAudience.anyone()
					: PhotoAudience.staffAndSeller(listing.sellerId()));
	}

}
