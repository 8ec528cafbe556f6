package ladakh.crafts.marketplace.catalog.web;

import java.util.Arrays;
import java.util.List;

import ladakh.crafts.catalog.index.Colour;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingInput;

/**
 * The listing form as posted (every field text, so whatever a person typed comes back to
 * them beside its message). Materials are comma-separated; the price is in rupees.
 */
record ListingForm(String titleEn, String titleHi, String descriptionEn, String descriptionHi, String craft,
		String materials, String dimensions, String weightGrams, String price, String stock, String madeToOrder,
		String leadTimeDays, String giName, String giNumber, String careNotesEn, String careNotesHi, String version,
		String stockShown, List<String> colours) {

	/** Bound by name from the posted form; no colour ticked is none. */
	ListingForm {
		colours = (colours != null) ? List.copyOf(colours) : List.of();
	}

	static ListingForm empty() {
		return new ListingForm("", "", "", "", "", "", "", "", "", "1", null, "", "", "", "", "", "", "", List.of());
	}

	/** The colours to offer, each with whether it is ticked (decision 48). */
	public List<ColourChoice> colourChoices() {
		return java.util.Arrays.stream(Colour.values())
			.map((colour) -> new ColourChoice(colour.code(), this.colours.contains(colour.code())))
			.toList();
	}

	/** One box of the colour list; its label is the message {@code colour.<code>}. */
	record ColourChoice(String code, boolean chosen) {

	}

	static ListingForm of(Listing listing) {
		return new ListingForm(listing.title().en(), blank(listing.title().hi()), listing.description().en(),
				blank(listing.description().hi()), listing.craft(), String.join(", ", listing.materials()),
				blank(listing.dimensions()), (listing.weightGrams() != null) ? listing.weightGrams().toString() : "",
				rupees(listing.price().minor()), Integer.toString(listing.stock()), listing.madeToOrder() ? "on" : null,
				(listing.leadTimeDays() != null) ? listing.leadTimeDays().toString() : "", blank(listing.giName()),
				blank(listing.giNumber()), (listing.careNotes() != null) ? blank(listing.careNotes().en()) : "",
				(listing.careNotes() != null) ? blank(listing.careNotes().hi()) : "", Long.toString(listing.version()),
				Integer.toString(listing.stock()), listing.colours());
	}

	/**
	 * The stock the form showed when it was opened, so the edit changes stock by what the
	 * seller typed and pieces buyers reserved meanwhile stay taken; null when absent, -1
	 * (out of range, so refused beside the stock field) when it is not a whole number.
	 */
	Integer shownStock() {
		try {
			return (this.stockShown != null && !this.stockShown.isBlank()) ? Integer.valueOf(this.stockShown.strip())
					: null;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public boolean isMadeToOrder() {
		return this.madeToOrder != null && !this.madeToOrder.isBlank() && !"false".equals(this.madeToOrder);
	}

	ListingInput input() {
		List<String> list = (this.materials != null) ? Arrays.stream(this.materials.split(",")).toList() : List.of();
		return new ListingInput(this.titleEn, this.titleHi, this.descriptionEn, this.descriptionHi, this.craft, list,
				this.dimensions, this.weightGrams, this.price, null, null, this.stock, isMadeToOrder(),
				this.leadTimeDays, this.giName, this.giNumber, this.careNotesEn, this.careNotesHi, this.colours);
	}

	private static String blank(String text) {
		return (text != null) ? text : "";
	}

	private static String rupees(long paise) {
		return (paise % 100 == 0) ? Long.toString(paise / 100) : String.format("%d.%02d", paise / 100, paise % 100);
	}

}
