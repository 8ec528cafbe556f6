package ladakh.crafts.marketplace.search;

import java.util.List;

import org.bson.Document;

/** Reads a listing's stored {@code photos} ({@code imageId}, {@code thumbId}, size). */
final class ListingPhotos {

	private ListingPhotos() {
	}

	static String firstThumbnail(Document listing) {
		List<Document> photos = of(listing);
		return photos.isEmpty() ? null : photos.get(0).getString("thumbId");
	}

	static List<Document> of(Document listing) {
		if (listing.get("photos") instanceof List<?> photos) {
			return photos.stream()
				.filter(Document.class::isInstance)
				.map(Document.class::cast)
				.filter((photo) -> photo.getString("imageId") != null)
				.toList();
		}
		return List.of();
	}

}
