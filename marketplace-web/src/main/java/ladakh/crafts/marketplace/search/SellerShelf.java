package ladakh.crafts.marketplace.search;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.shared.ProductCard;
import ladakh.crafts.marketplace.shared.ShopShelf;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A seller's products for their shop page (which the sellers area owns and renders,
 * through {@link ShopShelf}): the public listings, newest first, from the catalog so a
 * shop page never depends on the index. Nothing for a seller who is not selling now.
 */
@Service
public class SellerShelf implements ShopShelf {

	public static final int SHOWN = 24;

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	SellerShelf(ListingQueries listings, StorefrontSellers sellers) {
		this.listings = listings;
		this.sellers = sellers;
	}

	@Override
	public Mono<List<ProductCard>> listingsOf(String sellerId, Locale locale) {
		return this.sellers.sellingNow(sellerId)
			.flatMap((seller) -> this.listings.visibleOf(sellerId, SHOWN)
				.map((listing) -> new ProductCard("/listings/" + listing.id(), listing.title().in(locale),
						ListingPhotos.firstThumbnailUrl(listing), listing.price(), seller.name(), seller.type(),
						seller.verified()))
				.collectList())
			.defaultIfEmpty(List.of());
	}

}
