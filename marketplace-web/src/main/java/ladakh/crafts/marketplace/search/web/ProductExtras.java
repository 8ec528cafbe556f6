package ladakh.crafts.marketplace.search.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.orders.ShippingRule;
import ladakh.crafts.marketplace.search.PublicListing;
import ladakh.crafts.marketplace.search.SellerShelf;
import ladakh.crafts.marketplace.shared.ProductCard;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What a product page shows besides the listing: what shipping costs and when it is
 * expected (the seller's shipping rule, India time), and more from the same maker (the
 * first page of their shop, from the catalog index, without this piece).
 */
@Component
class ProductExtras {

	/** How many other pieces of the maker's the page shows. */
	static final int MORE = 4;

	private final SellerPolicies policies;

	private final SellerShelf shelf;

	ProductExtras(SellerPolicies policies, SellerShelf shelf) {
		this.policies = policies;
		this.shelf = shelf;
	}

	Mono<Extras> of(PublicListing listing, Locale locale) {
		int making = (listing.madeToOrder() && listing.leadTimeDays() != null) ? listing.leadTimeDays() : 0;
		Mono<ShippingRule.Quote> quote = this.policies.quote(listing.seller().id(), listing.price(), making);
		Mono<List<ProductCard>> more = this.shelf.listingsOf(listing.seller().id(), 1, locale)
			.map((shelf) -> shelf.cards()
				.stream()
				.filter((card) -> !card.href().equals("/listings/" + listing.id()))
				.limit(MORE)
				.toList());
		return Mono.zip(quote, more, Extras::new);
	}

	/**
	 * @param shipping what shipping costs and when it arrives
	 * @param more other pieces of the maker's, newest first
	 */
	record Extras(ShippingRule.Quote shipping, List<ProductCard> more) {

	}

}
