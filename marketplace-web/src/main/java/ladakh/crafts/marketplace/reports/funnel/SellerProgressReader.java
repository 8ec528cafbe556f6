package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.catalog.ListingMilestones;
import ladakh.crafts.marketplace.sellers.SellerMilestones;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.SalesMilestones;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Gathers what the sellers, catalog and treasury areas know of a bounded set of sellers
 * (the sellers a page of batches' trainees became), through their public milestone
 * services, each reading a few hundred sellers per query from an index.
 */
@Component
class SellerProgressReader {

	private final SellerMilestones sellers;

	private final ListingMilestones listings;

	private final SalesMilestones sales;

	SellerProgressReader(SellerMilestones sellers, ListingMilestones listings, SalesMilestones sales) {
		this.sellers = sellers;
		this.listings = listings;
		this.sales = sales;
	}

	/**
	 * What is known of each of the sellers, by id (ids nobody has a record of are left
	 * out).
	 * @param withListings whether first publications are needed (the quiet list does
	 * without)
	 */
	Mono<Map<String, SellerProgress>> of(Set<String> sellerIds, TwelveMonths window, boolean withListings) {
		if (sellerIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Mono<Map<String, SellerMilestones.Registered>> registered = this.sellers.of(sellerIds)
			.collectMap(SellerMilestones.Registered::sellerId);
		Mono<Map<String, ListingMilestones.FirstListing>> listed = withListings
				? this.listings.firstPublished(sellerIds).collectMap(ListingMilestones.FirstListing::sellerId)
				: Mono.just(Map.of());
		Mono<Map<String, SalesMilestones.SellerSales>> sold = this.sales.of(sellerIds, window.from(), window.until())
			.collectMap(SalesMilestones.SellerSales::sellerId);
		return Mono.zip(registered, listed, sold).map((all) -> {
			Map<String, SellerProgress> progress = new HashMap<>();
			for (String id : sellerIds) {
				SellerMilestones.Registered seller = all.getT1().get(id);
				ListingMilestones.FirstListing listing = all.getT2().get(id);
				SalesMilestones.SellerSales sales = all.getT3().get(id);
				if (seller == null && listing == null && sales == null) {
					continue;
				}
				progress.put(id, new SellerProgress(id, (seller != null) ? seller.registrationNumber() : null,
						(seller != null) ? seller.registeredOn() : null,
						(listing != null) ? IndiaTime.dayOf(listing.publishedAt()) : null,
						(sales != null) ? day(sales.firstSale()) : null, (sales != null) ? day(sales.lastSale()) : null,
						(sales != null) ? sales.inWindow() : Money.ZERO));
			}
			return progress;
		});
	}

	private static LocalDate day(java.time.Instant at) {
		return (at != null) ? IndiaTime.dayOf(at) : null;
	}

}
