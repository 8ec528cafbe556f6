package ladakh.crafts.marketplace.orders.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.orders.OrderView;
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
	 * For a page of orders: each order's first piece's thumbnail, the listings read
	 * together in one read by key, and the makers of each order's parts (one read by
	 * key).
	 */
	Mono<FirstPieces> ofOrders(List<OrderView> orders) {
		Map<String, String> firstListing = new HashMap<>();
		for (OrderView order : orders) {
			order.parts()
				.stream()
				.flatMap((part) -> part.lines().stream())
				.findFirst()
				.ifPresent((line) -> firstListing.put(order.id(), line.listingId()));
		}
		Mono<Map<String, String>> thumbs = this.listings.visibleAmong(new HashSet<>(firstListing.values()))
			.filter((listing) -> !listing.photos().isEmpty() && listing.photos().get(0).thumbId() != null)
			.collectMap((listing) -> listing.id(), (listing) -> "/media/" + listing.photos().get(0).thumbId());
		Mono<Map<String, String>> names = this.sellers.names(orders.stream()
			.flatMap((order) -> order.parts().stream())
			.map(OrderPart::sellerId)
			.distinct()
			.toList());
		return Mono.zip(thumbs, names, (byListing, byId) -> {
			Map<String, String> byOrder = new HashMap<>();
			Map<String, List<String>> makers = new HashMap<>();
			for (OrderView order : orders) {
				String thumb = byListing.get(firstListing.get(order.id()));
				if (thumb != null) {
					byOrder.put(order.id(), thumb);
				}
				makers.put(order.id(),
						order.parts()
							.stream()
							.map((part) -> byId.get(part.sellerId()))
							.filter(Objects::nonNull)
							.distinct()
							.toList());
			}
			return new FirstPieces(byOrder, makers);
		});
	}

	/**
	 * @param thumbs order id → its first piece's thumbnail URL (absent: none)
	 * @param makers order id → the names of its parts' makers
	 */
	record FirstPieces(Map<String, String> thumbs, Map<String, List<String>> makers) {

	}

	/**
	 * @param thumbs listing id → thumbnail URL (absent: none)
	 * @param sellerNames seller id → name
	 */
	record Looks(Map<String, String> thumbs, Map<String, String> sellerNames) {

	}

}
