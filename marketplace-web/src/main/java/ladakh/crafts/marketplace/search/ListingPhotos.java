package ladakh.crafts.marketplace.search;

import java.util.List;

import ladakh.crafts.marketplace.catalog.Listing;

/** A listing's photos as the storefront links them. */
final class ListingPhotos {

	private ListingPhotos() {
	}

	/** The card photo's thumbnail id, or null. */
	static String firstThumbnail(Listing listing) {
		return listing.photos().isEmpty() ? null : listing.photos().get(0).thumbId();
	}

	/** The card photo's thumbnail URL, or null for a drawn placeholder. */
	static String firstThumbnailUrl(Listing listing) {
		String thumb = firstThumbnail(listing);
		return (thumb != null) ? "/media/" + thumb : null;
	}

	static List<PublicListing.Photo> of(Listing listing) {
		return listing.photos()
			.stream()
			.filter((photo) -> photo.imageId() != null)
			.map((photo) -> new PublicListing.Photo("/media/" + photo.imageId(),
					"/media/" + ((photo.thumbId() != null) ? photo.thumbId() : photo.imageId()), photo.width(),
					photo.height()))
			.toList();
	}

}
