package ladakh.crafts.marketplace.shared;

/**
 * What the shared {@code fragments/components :: productCard(card)} fragment shows, in
 * the reader's language already. Any area that lists products renders this.
 *
 * @param href where the card links to (the listing page)
 * @param title the title in the reader's language
 * @param thumbUrl the thumbnail URL, or {@code null} to show a drawn placeholder
 * @param price the price
 * @param sellerName the seller's name
 * @param sellerType {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param verified whether the seller is a registered, active seller
 * @param soldOut whether it cannot be bought now (the card says so)
 */
public record ProductCard(String href, String title, String thumbUrl, Money price, String sellerName, String sellerType,
		boolean verified, boolean soldOut) {

	/** A card for something on sale. */
	public ProductCard(String href, String title, String thumbUrl, Money price, String sellerName, String sellerType,
			boolean verified) {
		this(href, title, thumbUrl, price, sellerName, sellerType, verified, false);
	}

}
