package ladakh.crafts.marketplace.catalog;

import java.util.Collection;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.stereotype.Service;

/**
 * What other areas (the storefront) may ask of the catalog about listings buyers can see:
 * {@code PUBLISHED} or {@code SOLD_OUT} ones. Answers are {@link Listing}s to read; only
 * the catalog moves them.
 */
@Service
public class ListingQueries {

	private final ListingBrowseRepository listings;

	ListingQueries(ListingBrowseRepository listings) {
		this.listings = listings;
	}

	/** A listing buyers can see, or empty. */
	public Mono<Listing> visible(String id) {
		return this.listings.visible(id);
	}

	/**
	 * Those of the given listings buyers can see, read together by key; unknown ids are
	 * left out.
	 */
	public Flux<Listing> visibleAmong(Collection<String> ids) {
		return this.listings.visibleAmong(ids);
	}

	/** The newest published listings (of any seller), newest first. */
	public Flux<Listing> newestPublished(int limit) {
		return this.listings.newestPublished(limit);
	}

	/** How many listings are published. */
	public Mono<Long> countPublished() {
		return this.listings.countPublished();
	}

	/** A page of a seller's listings buyers can see, newest first. */
	public Flux<Listing> visibleOf(String sellerId, long skip, int limit) {
		return this.listings.visibleOf(sellerId, skip, limit);
	}

	/** One page of the visible listings a browse selects, in its order. */
	public Flux<Listing> browse(Browse browse, Order order, long skip, int limit) {
		return this.listings.browse(browse, order, skip, limit);
	}

	/** How many visible listings a browse selects. */
	public Mono<Long> count(Browse browse) {
		return this.listings.count(browse);
	}

	/** How many visible listings a browse selects, per craft and seller. */
	public Flux<CraftSellerCount> countByCraftAndSeller(Browse browse) {
		return this.listings.countByCraftAndSeller(browse);
	}

	/**
	 * Which visible listings to select; null filters select everything.
	 *
	 * @param sellerIds only these sellers' listings
	 * @param craft only this craft, or null
	 * @param lowest the lowest price, inclusive, or null
	 * @param highest the highest price, inclusive, or null
	 * @param gi with a GI tag (true), without (false), or either (null)
	 * @param inStock only listings a buyer can order now (true), or any (null/false)
	 * @param colour only listings of this colour code (decision 48), or null
	 */
	public record Browse(Set<String> sellerIds, String craft, Money lowest, Money highest, Boolean gi, Boolean inStock,
			String colour) {

		public Browse {
			sellerIds = Set.copyOf(sellerIds);
		}

		/** A selection of any colour. */
		public Browse(Set<String> sellerIds, String craft, Money lowest, Money highest, Boolean gi, Boolean inStock) {
			this(sellerIds, craft, lowest, highest, gi, inStock, null);
		}

		/** The same selection for every craft (facets count each craft apart). */
		public Browse anyCraft() {
			return new Browse(this.sellerIds, null, this.lowest, this.highest, this.gi, this.inStock, this.colour);
		}

		/** The same selection in every colour (the colour facet counts each apart). */
		public Browse anyColour() {
			return new Browse(this.sellerIds, this.craft, this.lowest, this.highest, this.gi, this.inStock, null);
		}

	}

	/** The order of a browse; each ends by id so pages never overlap. */
	public enum Order {

		NEWEST, PRICE_ASCENDING, PRICE_DESCENDING

	}

	/** How many visible listings a browse selects, per colour and seller. */
	public Flux<ColourSellerCount> countByColourAndSeller(Browse browse) {
		return this.listings.countByColourAndSeller(browse);
	}

	/** How many listings of one colour one seller has in a selection. */
	public record ColourSellerCount(String colour, String sellerId, long count) {

	}

	/** How many listings of one craft one seller has in a selection. */
	public record CraftSellerCount(String craft, String sellerId, long count) {

	}

}
