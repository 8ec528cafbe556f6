package ladakh.crafts.marketplace.catalog;

import java.util.Locale;

import ladakh.crafts.marketplace.shared.SellerDesk;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The seller home's low stock: pieces on sale with two or fewer left, fewest first. */
@Component
class LowStockDesk implements SellerDesk {

	/** At most this many left is low. */
	static final int LOW = 2;

	private final ListingBrowseRepository listings;

	private final MessageSource messages;

	LowStockDesk(ListingBrowseRepository listings, MessageSource messages) {
		this.listings = listings;
		this.messages = messages;
	}

	@Override
	public int place() {
		return 2;
	}

	@Override
	public Mono<Panel> panel(String sellerId, Locale locale) {
		return this.listings.lowStockOf(sellerId, LOW, ROWS)
			.map((listing) -> new Row(listing.title().in(locale),
					this.messages.getMessage("sellerDesk.stock", new Object[] { listing.stock() }, locale),
					"/seller/listings/" + listing.id()))
			.collectList()
			.map((rows) -> new Panel("low-stock", "sellerDesk.lowStock", "sellerDesk.lowStock.none", rows,
					"/seller/listings", "sellerDesk.lowStock.link"));
	}

}
