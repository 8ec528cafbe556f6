package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A listing as stored in {@code listings} and back: the repositories' one mapping, so a
 * field is named in one place.
 */
final class ListingDocuments {

	private ListingDocuments() {
	}

	static Listing listing(Document document) {
		Document gi = document.get("giTag", Document.class);
		Document review = document.get("review", Document.class);
		Object care = document.get("careNotes");
		Number stock = number(document.get("stock"));
		return new Listing(document.getString("_id"), document.getString("sellerId"),
				ListingStatus.valueOf(document.getString("status")), document.getString("statusReason"),
				LocalizedText.of(document.get("title")), LocalizedText.of(document.get("description")),
				document.getString("craft"), document.getList("materials", String.class, List.of()),
				document.getString("dimensions"), integer(document.get("weightGrams")),
				Money.of(longOf(document.get("priceMinor")),
						(document.getString("currency") != null) ? document.getString("currency") : "INR"),
				(stock != null) ? stock.intValue() : 0, Boolean.TRUE.equals(document.getBoolean("madeToOrder")),
				integer(document.get("leadTimeDays")),
				document.getList("photos", Document.class, List.of())
					.stream()
					.map((photo) -> new Listing.Photo(photo.getString("imageId"), photo.getString("thumbId"),
							intOf(photo.get("width")), intOf(photo.get("height"))))
					.toList(),
				(gi != null) ? gi.getString("name") : null, (gi != null) ? gi.getString("authorisedUserNumber") : null,
				(care != null) ? LocalizedText.of(care) : null,
				(review != null) ? new Listing.Review(review.getString("decision"), review.getString("by"),
						instant(review.get("at")), review.getString("reason")) : null,
				longOf(document.get("version")), longOf(document.get("rev")),
				Boolean.TRUE.equals(document.getBoolean("dirty")), instant(document.get("createdAt")),
				instant(document.get("updatedAt")), instant(document.get("publishedAt")),
				document.getList("colours", String.class, List.of()));
	}

	/** The stored shape of everything the listing holds (not the sync's fields). */
	static Document document(Listing listing) {
		return new Document("_id", listing.id()).append("sellerId", listing.sellerId())
			.append("status", listing.status().name())
			.append("statusReason", listing.statusReason())
			.append("title", localized(listing.title()))
			.append("description", localized(listing.description()))
			.append("craft", listing.craft())
			.append("materials", listing.materials())
			.append("dimensions", listing.dimensions())
			.append("weightGrams", listing.weightGrams())
			.append("priceMinor", listing.price().minor())
			.append("currency", listing.price().currencyCode())
			.append("stock", listing.stock())
			.append("madeToOrder", listing.madeToOrder())
			.append("leadTimeDays", listing.leadTimeDays())
			.append("photos", listing.photos().stream().map(ListingDocuments::photo).toList())
			.append("giTag", (listing.giName() != null)
					? new Document("name", listing.giName()).append("authorisedUserNumber", listing.giNumber()) : null)
			.append("careNotes", localized(listing.careNotes()))
			.append("review", (listing.review() != null) ? review(listing.review()) : null)
			.append("version", listing.version())
			.append("createdAt", date(listing.createdAt()))
			.append("updatedAt", date(listing.updatedAt()))
			.append("publishedAt", date(listing.publishedAt()))
			.append("colours", listing.colours());
	}

	static Document photo(Listing.Photo photo) {
		return new Document("imageId", photo.imageId()).append("thumbId", photo.thumbId())
			.append("width", photo.width())
			.append("height", photo.height());
	}

	private static Document review(Listing.Review review) {
		return new Document("decision", review.decision()).append("by", review.by())
			.append("at", date(review.at()))
			.append("reason", review.reason());
	}

	private static Document localized(LocalizedText text) {
		return (text != null) ? new Document("en", text.en()).append("hi", text.hi()) : null;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Number number(Object value) {
		return (value instanceof Number number) ? number : null;
	}

	private static Integer integer(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static int intOf(Object value) {
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	private static long longOf(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	private static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

}
