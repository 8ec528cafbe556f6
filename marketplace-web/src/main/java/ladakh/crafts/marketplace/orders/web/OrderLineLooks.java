package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.sellers.SellerDirectory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What an order page shows beside its lines: each listing's thumbnail and each part's
 * maker. An order holds few lines, so each listing is read by its key; a listing no
 * longer visible shows the drawn placeholder.
 */
@Component
class OrderLineLooks {

	private final ListingQueries listings;

	private final SellerDirectory sellers;

	OrderLineLooks(ListingQueries listings, SellerDirectory sellers) {
		this.listings = listings;
		this.sellers = sellers;
	}

	Mono<Looks> of(List<OrderPart> parts) {
		List<String> listingIds = parts.stream()
			.flatMap((part) -> part.lines().stream())
			.map(OrderPart.Line::listingId)
			.distinct()
			.toList();
		Mono<Map<String, String>> thumbs = Flux.fromIterable(listingIds)
			.concatMap(this.listings::visible)
			.filter((listing) -> !listing.photos().isEmpty() && listing.photos().get(0).thumbId() != null)
			.collectMap((listing) -> listing.id(), (listing) -> "/media/" + listing.photos().get(0).thumbId());
		Mono<Map<String, String>> names = this.sellers
			.names(parts.stream().map(OrderPart::sellerId).distinct().toList());
		return Mono.zip(thumbs, names, Looks::new);
	}

	/**
	 * @param thumbs listing id → thumbnail URL (absent: none)
	 * @param sellerNames seller id → name
	 */
	record Looks(Map<String, String> thumbs, Map<String, String> sellerNames) {

	}

}
