package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * One stored listing, as its seller and the staff see it (collection {@code listings},
 * see docs/data-model.md).
 *
 * @param id the listing id
 * @param sellerId the seller
 * @param status where it is in its life
 * @param statusReason why it was rejected or taken down, or null
 * @param title the title
 * @param description the description
 * @param craft the craft slug
 * @param materials the materials
 * @param dimensions free text, or null
 * @param weightGrams the weight, or null
 * @param priceMinor the price in paise
 * @param currency always {@code INR}
 * @param stock pieces in stock
 * @param madeToOrder whether made to order
 * @param leadTimeDays days to make one, or null
 * @param photos the photos, in display order
 * @param giName the GI tag's name, or null
 * @param giNumber the GI authorised-user number, or null
 * @param careNotes care notes, or null
 * @param review the officer's last decision, or null
 * @param version the optimistic-concurrency version for edits
 * @param rev the sync revision
 * @param dirty whether the indexer has yet to see the latest change
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param publishedAt when it was first published, or null
 */
public record Listing(String id, String sellerId, ListingStatus status, String statusReason, LocalizedText title,
		LocalizedText description, String craft, List<String> materials, String dimensions, Integer weightGrams,
		long priceMinor, String currency, int stock, boolean madeToOrder, Integer leadTimeDays, List<Photo> photos,
		String giName, String giNumber, LocalizedText careNotes, Review review, long version, long rev, boolean dirty,
		Instant createdAt, Instant updatedAt, Instant publishedAt) {

	public Listing {
		materials = List.copyOf(materials);
		photos = List.copyOf(photos);
	}

	/** Whether the seller may still change it: anything but removed. */
	public boolean editable() {
		return this.status != ListingStatus.REMOVED;
	}

	static Listing of(Document document) {
		Document gi = document.get("giTag", Document.class);
		Document review = document.get("review", Document.class);
		Object care = document.get("careNotes");
		return new Listing(document.getString("_id"), document.getString("sellerId"),
				ListingStatus.valueOf(document.getString("status")), document.getString("statusReason"),
				LocalizedText.of(document.get("title")), LocalizedText.of(document.get("description")),
				document.getString("craft"), document.getList("materials", String.class, List.of()),
				document.getString("dimensions"), number(document.get("weightGrams")),
				longOf(document.get("priceMinor")),
				(document.getString("currency") != null) ? document.getString("currency") : "INR",
				(number(document.get("stock")) != null) ? number(document.get("stock")) : 0,
				Boolean.TRUE.equals(document.getBoolean("madeToOrder")), number(document.get("leadTimeDays")),
				document.getList("photos", Document.class, List.of()).stream().map(Photo::of).toList(),
				(gi != null) ? gi.getString("name") : null, (gi != null) ? gi.getString("authorisedUserNumber") : null,
				(care != null) ? LocalizedText.of(care) : null, (review != null) ? Review.of(review) : null,
				longOf(document.get("version")), longOf(document.get("rev")),
				Boolean.TRUE.equals(document.getBoolean("dirty")), instant(document.get("createdAt")),
				instant(document.get("updatedAt")), instant(document.get("publishedAt")));
	}

	private static Integer number(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static long longOf(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	private static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

	/**
	 * One photo: the full image and its thumbnail, both in the GridFS bucket
	 * {@code photos}.
	 *
	 * @param imageId the image's id (also the photo's id in the API)
	 * @param thumbId the thumbnail's id
	 * @param width the image's width in pixels
	 * @param height the image's height in pixels
	 */
	public record Photo(String imageId, String thumbId, int width, int height) {

		static Photo of(Document document) {
			return new Photo(document.getString("imageId"), document.getString("thumbId"),
					(number(document.get("width")) != null) ? number(document.get("width")) : 0,
					(number(document.get("height")) != null) ? number(document.get("height")) : 0);
		}

		Document document() {
			return new Document("imageId", this.imageId).append("thumbId", this.thumbId)
				.append("width", this.width)
				.append("height", this.height);
		}

	}

	/**
	 * An officer's decision.
	 *
	 * @param decision {@code APPROVED}, {@code REJECTED} or {@code TAKEN_DOWN}
	 * @param by the officer's user id
	 * @param at when
	 * @param reason why, or null
	 */
	public record Review(String decision, String by, Instant at, String reason) {

		static Review of(Document document) {
			return new Review(document.getString("decision"), document.getString("by"), instant(document.get("at")),
					document.getString("reason"));
		}

	}

}
