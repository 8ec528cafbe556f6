package ladakh.crafts.marketplace.search;

import java.util.Locale;

import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.ProductCard;

/** Product cards made from the index's hits, as the catalog's listings make them. */
final class IndexedCards {

	private IndexedCards() {
	}

	/**
	 * @param hit a searchable listing
	 * @param sellerName the seller's name to show
	 * @param sellerType the seller's kind
	 * @param verified what the card's badge says
	 */
	static ProductCard card(SearchHit hit, String sellerName, String sellerType, boolean verified, Locale locale) {
		String title = (hit.title() != null) ? new LocalizedText(hit.title().en(), hit.title().hi()).in(locale) : "";
		return new ProductCard("/listings/" + hit.id(), title,
				(hit.thumbnailId() != null) ? "/media/" + hit.thumbnailId() : null,
				Money.of(hit.priceMinor(), hit.currency()), sellerName, sellerType, verified, !hit.inStock());
	}

}
