package ladakh.crafts.marketplace.search;

import java.util.Locale;

import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.shared.ProductCard;
import ladakh.crafts.marketplace.shared.ShopShelf;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A seller's products for their shop page (which the sellers area owns and renders,
 * through {@link ShopShelf}): the public listings, newest first, a page at a time, from
 * the catalog index, from MongoDB only while it cannot answer (decision 44). The seller
 * comes from MongoDB by id, so the cards carry the name and standing the page shows above
 * them. Nothing for a seller who is not selling now.
 */
@Service
public class SellerShelf implements ShopShelf {

	private static final int SIZE = Shelf.SIZE;

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final IndexFirst index;

	SellerShelf(ListingQueries listings, StorefrontSellers sellers, IndexFirst index) {
		this.listings = listings;
		this.sellers = sellers;
		this.index = index;
	}

	@Override
	public Mono<Shelf> listingsOf(String sellerId, int page, Locale locale) {
		if (page < 1 || page > Shelf.LAST_PAGE) {
			return Mono.error(new IllegalArgumentException("page must be from 1 to " + Shelf.LAST_PAGE));
		}
		return this.sellers.sellingNow(sellerId)
			.flatMap((seller) -> this.index
				.read("a shop page's listings", (search) -> search.newest(sellerId, null, page, SIZE)
					.map((found) -> new Shelf(found.hits()
						.stream()
						.map((hit) -> IndexedCards.card(hit, seller.name(), seller.type(), seller.verified(), locale))
						.toList(), page, (long) page * SIZE < found.total())), () -> fromCatalog(seller, page, locale)))
			.defaultIfEmpty(Shelf.empty(page));
	}

	/** One more than a page is read to know whether another follows. */
	private Mono<Shelf> fromCatalog(StorefrontSellers.ShownSeller seller, int page, Locale locale) {
		return this.listings.visibleOf(seller.id(), (long) (page - 1) * SIZE, SIZE + 1)
			.map((listing) -> new ProductCard("/listings/" + listing.id(), listing.title().in(locale),
					ListingPhotos.firstThumbnailUrl(listing), listing.price(), seller.name(), seller.type(),
					seller.verified(), !listing.available()))
			.collectList()
			.map((cards) -> new Shelf((cards.size() > SIZE) ? cards.subList(0, SIZE) : cards, page,
					cards.size() > SIZE));
	}

}
