package ladakh.crafts.catalog.index;

import java.util.List;

/**
 * A listing as the search index holds it: the listing itself plus what it ties back to
 * (its seller's registration and status, its craft's names, the seller's stalls),
 * denormalised so a search needs no second lookup. Built from MongoDB by the sync;
 * written with {@code version = rev, version_type = external}.
 *
 * @param id the listing id ({@code lst-...}), also the document's {@code _id}
 * @param rev the listing's revision in MongoDB (the external version)
 * @param status the listing's status ({@code PUBLISHED}, {@code SOLD_OUT},
 * {@code REMOVED}, ...)
 * @param searchable whether buyers may find it: a {@code PUBLISHED} or {@code SOLD_OUT}
 * listing of a seller who is selling now; every query filters on it (removed listings
 * stay in the index as not searchable, so no late write brings them back)
 * @param title the title
 * @param description the description
 * @param craft the craft's slug
 * @param craftName the craft's names
 * @param materials the materials, as the seller wrote them
 * @param priceMinor the price in paise
 * @param currency {@code INR}
 * @param inStock whether it can be bought now: made to order, or stock above zero
 * @param stock pieces in stock
 * @param madeToOrder whether it is made to order
 * @param leadTimeDays days to make it, for made-to-order listings, else {@code null}
 * @param gi whether it carries a GI tag
 * @param giName the GI's name, e.g. {@code Ladakh Pashmina}, else {@code null}
 * @param thumbnailId the GridFS id of the first photo's thumbnail, or {@code null}
 * @param sellerId the seller's id
 * @param sellerName the seller's name
 * @param sellerType {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param district {@code LEH} or {@code KARGIL}
 * @param registrationNumber the seller's registration number, or {@code null}
 * @param sellerStatus the seller's status ({@code ACTIVE}, {@code SUSPENDED},
 * {@code EXPIRED})
 * @param verified whether the seller holds a registration valid today
 * @param stalls the stalls the seller was given at exhibitions, past ones too (decision
 * 57)
 * @param createdAt epoch milliseconds
 * @param publishedAt epoch milliseconds of first publication, or {@code null}
 * @param updatedAt epoch milliseconds
 * @param colours the seller's choice of {@link Colour} codes, empty when none
 */
public record ListingDocument(String id, long rev, String status, boolean searchable, Localized title,
		Localized description, String craft, Localized craftName, List<String> materials, long priceMinor,
		String currency, boolean inStock, int stock, boolean madeToOrder, Integer leadTimeDays, boolean gi,
		String giName, String thumbnailId, String sellerId, String sellerName, String sellerType, String district,
		String registrationNumber, String sellerStatus, boolean verified, List<StallRef> stalls, long createdAt,
		Long publishedAt, long updatedAt, List<String> colours) {

	public ListingDocument {
		colours = (colours != null) ? List.copyOf(colours) : List.of();
	}

	/** A document without colours. */
	public ListingDocument(String id, long rev, String status, boolean searchable, Localized title,
			Localized description, String craft, Localized craftName, List<String> materials, long priceMinor,
			String currency, boolean inStock, int stock, boolean madeToOrder, Integer leadTimeDays, boolean gi,
			String giName, String thumbnailId, String sellerId, String sellerName, String sellerType, String district,
			String registrationNumber, String sellerStatus, boolean verified, List<StallRef> stalls, long createdAt,
			Long publishedAt, long updatedAt) {
		this(id, rev, status, searchable, title, description, craft, craftName, materials, priceMinor, currency,
				inStock, stock, madeToOrder, leadTimeDays, gi, giName, thumbnailId, sellerId, sellerName, sellerType,
				district, registrationNumber, sellerStatus, verified, stalls, createdAt, publishedAt, updatedAt,
				List.of());
	}

}
