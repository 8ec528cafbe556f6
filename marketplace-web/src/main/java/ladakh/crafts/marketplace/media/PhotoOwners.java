package ladakh.crafts.marketplace.media;

import reactor.core.publisher.Mono;

/**
 * An area whose records own stored photos (listings, artisans' applications) and so knows
 * who may see them. {@code GET /media/{id}} asks each in turn; a photo no area claims is
 * shown to staff only.
 */
public interface PhotoOwners {

	/**
	 * Who may see the photo, if its owner is one of this area's records.
	 * @param photo the stored photo, with the id of the record it was stored for
	 * @return the audience, or empty when the owner is not this area's
	 */
	Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo);

}
