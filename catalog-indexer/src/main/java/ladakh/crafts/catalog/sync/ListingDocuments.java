package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ladakh.crafts.catalog.index.Colour;
import ladakh.crafts.catalog.index.ListingDocument;
import ladakh.crafts.catalog.index.Localized;
import ladakh.crafts.catalog.index.SellingRule;
import ladakh.crafts.catalog.index.StallRef;
import org.bson.Document;

/**
 * Builds the search document of a listing from MongoDB documents: the {@code listings}
 * document, its seller ({@code sellers}), the craft ({@code crafts}) and the seller's
 * stalls. Pure: the sync loads the documents in batches and hands them in.
 */
public final class ListingDocuments {

	private static final Set<String> VISIBLE_STATUSES = Set.of("PUBLISHED", "SOLD_OUT");

	/**
	 * The fields of a {@code listings} document that {@link #build} reads: the sync reads
	 * only these (a listing also holds dimensions, care notes, reservations and more that
	 * search does not need; of the photos, only the thumbnail ids). Keep in step with
	 * {@link #build}.
	 */
	public static final List<String> LISTING_FIELDS = List.of("_id", "rev", "status", "title", "description", "craft",
			"materials", "priceMinor", "currency", "madeToOrder", "stock", "leadTimeDays", "giTag", "photos.thumbId",
			"sellerId", "createdAt", "publishedAt", "updatedAt", "colours");

	/** The fields of a {@code sellers} document that {@link #build} reads. */
	public static final List<String> SELLER_FIELDS = List.of("_id", "name", "type", "district", "registrationNumber",
			"status", "validUntil");

	/** The fields of a {@code crafts} document that {@link #build} reads. */
	public static final List<String> CRAFT_FIELDS = List.of("_id", "name");

	private final Clock clock;

	public ListingDocuments(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The search document.
	 * @param listing the {@code listings} document
	 * @param seller its seller, or {@code null} when the seller record is missing (the
	 * listing is then not searchable)
	 * @param craft its craft, or {@code null}
	 * @param stalls the seller's stalls
	 * @return what the index holds for the listing
	 */
	public ListingDocument build(Document listing, Document seller, Document craft, List<StallRef> stalls) {
		LocalDate today = LocalDate.now(this.clock);
		String status = listing.getString("status");
		Document sellerDoc = (seller != null) ? seller : new Document();
		boolean sellerSelling = seller != null
				&& SellingRule.sellsOn(sellerDoc.getString("status"), sellerDoc.getString("validUntil"), today);
		boolean madeToOrder = Boolean.TRUE.equals(listing.getBoolean("madeToOrder"));
		int stock = intValue(listing.get("stock"), 0);
		Document gi = listing.get("giTag", Document.class);
		String registrationNumber = sellerDoc.getString("registrationNumber");
		return new ListingDocument(listing.getString("_id"), longValue(listing.get("rev"), 0L), status,
				VISIBLE_STATUSES.contains(status) && sellerSelling, localized(listing.get("title")),
				localized(listing.get("description")), listing.getString("craft"),
				(craft != null) ? localized(craft.get("name")) : null, strings(listing.get("materials")),
				longValue(listing.get("priceMinor"), 0L),
				Objects.requireNonNullElse(listing.getString("currency"), "INR"), madeToOrder || stock > 0, stock,
				madeToOrder, madeToOrder ? (Integer) integerOrNull(listing.get("leadTimeDays")) : null, gi != null,
				(gi != null) ? gi.getString("name") : null, thumbnail(listing), listing.getString("sellerId"),
				sellerDoc.getString("name"), sellerDoc.getString("type"), sellerDoc.getString("district"),
				registrationNumber, sellerDoc.getString("status"), registrationNumber != null && sellerSelling,
				(stalls != null) ? List.copyOf(stalls) : List.of(), millis(listing.get("createdAt"), 0L),
				millisOrNull(listing.get("publishedAt")),
				millis(listing.get("updatedAt"), millis(listing.get("createdAt"), 0L)),
				colours(listing.get("colours")));
	}

	private static String thumbnail(Document listing) {
		List<?> photos = listing.get("photos", List.class);
		if (photos != null && !photos.isEmpty() && photos.get(0) instanceof Document photo) {
			return photo.getString("thumbId");
		}
		return null;
	}

	private static Localized localized(Object value) {
		if (value instanceof Document text) {
			return new Localized(text.getString("en"), text.getString("hi"));
		}
		if (value instanceof Map<?, ?> map) {
			return new Localized((String) map.get("en"), (String) map.get("hi"));
		}
		if (value instanceof String text) {
			return new Localized(text, null);
		}
		return null;
	}

	/**
	 * Only codes of the fixed list: anything else written outside the form is left out.
	 */
	private static List<String> colours(Object value) {
		return strings(value).stream().filter((code) -> Colour.ofCode(code).isPresent()).distinct().toList();
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(Objects::nonNull).map(Object::toString).toList();
		}
		return List.of();
	}

	private static long longValue(Object value, long fallback) {
		return (value instanceof Number number) ? number.longValue() : fallback;
	}

	private static int intValue(Object value, int fallback) {
		return (value instanceof Number number) ? number.intValue() : fallback;
	}

	private static Integer integerOrNull(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static long millis(Object value, long fallback) {
		Long millis = millisOrNull(value);
		return (millis != null) ? millis : fallback;
	}

	private static Long millisOrNull(Object value) {
		return (value instanceof Date date) ? date.getTime() : null;
	}

}
