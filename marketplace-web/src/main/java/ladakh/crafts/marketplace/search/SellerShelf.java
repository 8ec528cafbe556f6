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
 * through {@link ShopShelf}): the public listings, newest first, from the catalog index,
 * from MongoDB only while it cannot answer (decision 44). The seller comes from MongoDB
 * by id, so the cards carry the name and standing the page shows above them. Nothing for
 * a seller who is not selling now.
 */
@Service
public class SellerShelf implements ShopShelf {

	public static final int SHOWN = 24;

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final IndexFirst index;

	SellerShelf(ListingQueries listings, StorefrontSellers sellers, IndexFirst index) {
		this.listings = listings;
		this.sellers = sellers;
		this.index = index;
	}

	@Override
	public Mono<List<ProductCard>> listingsOf(String sellerId, Locale locale) {
		return this.sellers.sellingNow(sellerId)
			.flatMap((seller) -> this.index
				.read("a shop page's listings", (search) -> search.newest(sellerId, null, 1, SHOWN)
					.map((page) -> page.hits()
						.stream()
						.map((hit) -> IndexedCards.card(hit, seller.name(), seller.type(), seller.verified(), locale))
						.toList()), () -> fromCatalog(seller, locale)))
			.defaultIfEmpty(List.of());
	}

	private Mono<List<ProductCard>> fromCatalog(StorefrontSellers.ShownSeller seller, Locale locale) {
		return this.listings.visibleOf(seller.id(), SHOWN)
			.map((listing) -> new ProductCard("/listings/" + listing.id(), listing.title().in(locale),
					ListingPhotos.firstThumbnailUrl(listing), listing.price(), seller.name(), seller.type(),
					seller.verified()))
			.collectList();
	}

}
