package ladakh.crafts.marketplace.catalog;

import java.util.List;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What a seller says about a product, already checked ({@link ListingRules}).
 *
 * @param titleEn the English title
 * @param titleHi the Hindi title, or null
 * @param descriptionEn the English description
 * @param descriptionHi the Hindi description, or null
 * @param craft the craft slug ({@code crafts._id})
 * @param materials the materials, in the seller's order
 * @param dimensions free text, or null
 * @param weightGrams the weight, or null
 * @param price the price
 * @param stock pieces in stock (0 when made to order)
 * @param madeToOrder whether each piece is made after an order
 * @param leadTimeDays for made to order: days to make one, else null
 * @param giName the GI tag's name, or null
 * @param giNumber the authorised-user number, or null
 * @param careNotesEn care notes in English, or null
 * @param careNotesHi care notes in Hindi, or null
 * @param colours the colour codes the seller picked, in the list's order
 */
public record ListingDetails(String titleEn, String titleHi, String descriptionEn, String descriptionHi, String craft,
		List<String> materials, String dimensions, Integer weightGrams, Money price, int stock, boolean madeToOrder,
		Integer leadTimeDays, String giName, String giNumber, String careNotesEn, String careNotesHi,
		List<String> colours) {

	public ListingDetails {
		materials = List.copyOf(materials);
		colours = (colours != null) ? List.copyOf(colours) : List.of();
	}

	/** Details without colours. */
	public ListingDetails(String titleEn, String titleHi, String descriptionEn, String descriptionHi, String craft,
			List<String> materials, String dimensions, Integer weightGrams, Money price, int stock, boolean madeToOrder,
			Integer leadTimeDays, String giName, String giNumber, String careNotesEn, String careNotesHi) {
		this(titleEn, titleHi, descriptionEn, descriptionHi, craft, materials, dimensions, weightGrams, price, stock,
				madeToOrder, leadTimeDays, giName, giNumber, careNotesEn, careNotesHi, List.of());
	}

	/** Whether a buyer can order it now: made to order, or at least one in stock. */
	public boolean available() {
		return this.madeToOrder || this.stock > 0;
	}

}
