package ladakh.crafts.demo;

import java.time.Instant;
import java.util.List;

/**
 * A product listed for sale.
 *
 * @param id {@code lst-00001}
 * @param sellerId the seller's id
 * @param title the title ({@code hi} optional)
 * @param description the description
 * @param craft the craft slug
 * @param materials the materials used
 * @param priceMinor the price in paise
 * @param currency {@code INR}
 * @param stock pieces in stock (0 when made to order)
 * @param madeToOrder whether it is made to order
 * @param leadTimeDays days to make one, when made to order
 * @param photos the photos, at least one
 * @param giTag the geographical indication, or {@code null}
 * @param status {@code PUBLISHED}
 * @param createdAt when it was listed
 * @param updatedAt when it last changed
 * @param colours colour codes of the listing form's list, agreeing with the title
 */
public record Listing(String id, String sellerId, Localized title, Localized description, String craft,
		List<String> materials, long priceMinor, String currency, int stock, boolean madeToOrder, int leadTimeDays,
		List<PhotoRef> photos, GiTag giTag, String status, Instant createdAt, Instant updatedAt, List<String> colours) {

	public Listing {
		materials = List.copyOf(materials);
		photos = List.copyOf(photos);
		colours = List.copyOf(colours);
	}

}
