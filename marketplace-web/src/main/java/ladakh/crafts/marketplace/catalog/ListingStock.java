package ladakh.crafts.marketplace.catalog;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A small public read for other areas: whether a listing can be bought now, without
 * knowing the listing's type.
 */
@Service
public class ListingStock {

	private final ListingRepository listings;

	ListingStock(ListingRepository listings) {
		this.listings = listings;
	}

	/**
	 * The listing's availability, or empty when there is no such listing.
	 * @param listingId the listing
	 * @return what a buyer can get
	 */
	public Mono<Availability> of(String listingId) {
		return this.listings.find(listingId)
			.map((listing) -> new Availability(listing.status() == ListingStatus.PUBLISHED, listing.stock(),
					listing.madeToOrder(), listing.leadTimeDays()));
	}

	/**
	 * @param published whether buyers can see it
	 * @param stock pieces in stock
	 * @param madeToOrder whether made after an order
	 * @param leadTimeDays days to make one, or null
	 */
	public record Availability(boolean published, int stock, boolean madeToOrder, Integer leadTimeDays) {

		public boolean orderable() {
			return this.published && (this.madeToOrder || this.stock > 0);
		}

	}

}
