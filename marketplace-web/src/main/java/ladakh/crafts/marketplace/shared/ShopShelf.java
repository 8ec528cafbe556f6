package ladakh.crafts.marketplace.shared;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

/**
 * The products a seller's shop page shows. The sellers area renders the page; the
 * storefront (search) answers this, so the sellers area need not depend on the areas that
 * depend on it (the catalog and search both read sellers).
 */
public interface ShopShelf {

	/**
	 * One page of the seller's public listings as cards, newest first; empty for a seller
	 * who is not selling now.
	 * @param page the page number, from 1 to {@link Shelf#LAST_PAGE}
	 */
	Mono<Shelf> listingsOf(String sellerId, int page, Locale locale);

	/**
	 * One page of a shop's products.
	 *
	 * @param cards the products on this page
	 * @param page its number, from 1
	 * @param more whether a page follows
	 */
	record Shelf(List<ProductCard> cards, int page, boolean more) {

		/** Products on one page. */
		public static final int SIZE = 24;

		/**
		 * The deepest page a shop shows (the index pages by number up to 10,000 hits).
		 */
		public static final int LAST_PAGE = 10_000 / SIZE;

		public Shelf {
			cards = List.copyOf(cards);
		}

		public static Shelf empty(int page) {
			return new Shelf(List.of(), page, false);
		}

	}

}
