package ladakh.crafts.marketplace.catalog;

import java.util.List;

/**
 * A listing as a seller typed it (a form or a JSON body), not yet checked. Numbers arrive
 * as text from forms and as numbers from JSON; either may be missing.
 *
 * @param titleEn English title
 * @param titleHi Hindi title
 * @param descriptionEn English description
 * @param descriptionHi Hindi description
 * @param craft craft slug
 * @param materials materials
 * @param dimensions dimensions
 * @param weightGrams weight in grams, as typed
 * @param priceRupees the price in rupees as typed in a form (e.g. {@code 1250.50}), or
 * null
 * @param priceMinor the price in paise from the API, or null
 * @param currency the API's currency, or null (INR)
 * @param stock stock, as typed
 * @param madeToOrder whether made to order
 * @param leadTimeDays lead time in days, as typed
 * @param giName GI tag name
 * @param giNumber GI authorised-user number
 * @param careNotesEn care notes (English)
 * @param careNotesHi care notes (Hindi)
 * @param colours colour codes ({@link ladakh.crafts.catalog.index.Colour}), or null
 */
public record ListingInput(String titleEn, String titleHi, String descriptionEn, String descriptionHi, String craft,
		List<String> materials, String dimensions, String weightGrams, String priceRupees, Long priceMinor,
		String currency, String stock, boolean madeToOrder, String leadTimeDays, String giName, String giNumber,
		String careNotesEn, String careNotesHi, List<String> colours) {

	/** An input without colours. */
	public ListingInput(String titleEn, String titleHi, String descriptionEn, String descriptionHi, String craft,
			List<String> materials, String dimensions, String weightGrams, String priceRupees, Long priceMinor,
			String currency, String stock, boolean madeToOrder, String leadTimeDays, String giName, String giNumber,
			String careNotesEn, String careNotesHi) {
		this(titleEn, titleHi, descriptionEn, descriptionHi, craft, materials, dimensions, weightGrams, priceRupees,
				priceMinor, currency, stock, madeToOrder, leadTimeDays, giName, giNumber, careNotesEn, careNotesHi,
				null);
	}

}
