package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An artisan's portrait, stored with their application: public once the application made
 * them a registered seller whose record carries it (their shop and verification pages
 * show it); until then, and for an application turned down, staff only.
 */
@Component
@Order(2)
class PortraitOwners implements PhotoOwners {

	private final SellerRepository sellers;

	private final ApplicationRepository applications;

	PortraitOwners(SellerRepository sellers, ApplicationRepository applications) {
		this.sellers = sellers;
		this.applications = applications;
	}

	@Override
	public Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo) {
		return this.sellers.carriesPhoto(ArtisanApplication.sellerIdFor(photo.ownerId()), photo.id())
			.flatMap((seller) -> seller ? Mono.just(PhotoAudience.anyone()) : this.applications.exists(photo.ownerId())
				.flatMap((application) -> application ? Mono.just(PhotoAudience.staffOnly()) : Mono.empty()));
	}

}
