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
	 * The seller's public listings as cards, newest first; empty for a seller who is not
	 * selling now.
	 */
	Mono<List<ProductCard>> listingsOf(String sellerId, Locale locale);

}
