package ladakh.crafts.marketplace.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.catalog.ListingStatus;
import ladakh.crafts.marketplace.sellers.SellerStalls;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The public product page's data, read from the catalog (the system of record, so a page
 * is right even while the index catches up). Only a {@code PUBLISHED} or {@code SOLD_OUT}
 * listing of a seller who is selling now is public; anything else is "not found".
 */
@Service
public class PublicListings {

	private final ListingQueries listings;

	private final StorefrontSellers sellers;

	private final ShowcaseRepository showcase;

	private final SellerStalls stalls;

	private final Clock clock;

	PublicListings(ListingQueries listings, StorefrontSellers sellers, ShowcaseRepository showcase, SellerStalls stalls,
			Clock clock) {
		this.listings = listings;
		this.sellers = sellers;
		this.showcase = showcase;
		this.stalls = stalls;
		this.clock = clock;
	}

	public Mono<PublicListing> find(String id) {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		return this.listings.visible(id)
			.flatMap((listing) -> this.sellers.sellingNow(listing.sellerId())
				.flatMap((seller) -> Mono.zip(craftName(listing.craft()), stalls(seller.id(), today))
					.map((extra) -> listing(listing, seller, extra.getT1(), extra.getT2()))));
	}

	/**
	 * Where to meet the maker: the seller's stalls at exhibitions not ended today, the
	 * soonest first (decision 57).
	 */
	Mono<List<PublicListing.Stall>> stalls(String sellerId, LocalDate today) {
		return this.stalls.of(sellerId)
			.map((all) -> all.stream()
				.filter((stall) -> stall.notEndedBy(today))
				.sorted(java.util.Comparator.comparing(SellerStalls.Stall::startsOn))
				.map((stall) -> new PublicListing.Stall(stall.exhibitionId(), stall.exhibitionName(), stall.where(),
						stall.stallNumber(), stall.startsOn().toString(), stall.endsOn().toString(), stall.dates(),
						stall.onOn(today)))
				.toList());
	}

	private Mono<LocalizedText> craftName(String slug) {
		if (slug == null) {
			return Mono.just(new LocalizedText(null, null));
		}
		return this.showcase.craft(slug)
			.map(ShowcaseRepository.Craft::name)
			.defaultIfEmpty(new LocalizedText(slug, null));
	}

	private static PublicListing listing(Listing listing, StorefrontSellers.ShownSeller seller, LocalizedText craftName,
			List<PublicListing.Stall> stalls) {
		boolean inStock = listing.status() == ListingStatus.PUBLISHED && listing.available();
		PublicListing.GiTag gi = (listing.giName() != null)
				? new PublicListing.GiTag(listing.giName(), listing.giNumber()) : null;
		return new PublicListing(listing.id(), listing.title(), listing.description(), listing.craft(), craftName,
				listing.materials(), listing.dimensions(), listing.weightGrams(), listing.price(),
				listing.status().name(), inStock, listing.stock(), listing.madeToOrder(), listing.leadTimeDays(),
				ListingPhotos.of(listing), gi, listing.careNotes(), maker(seller), stalls);
	}

	static PublicListing.Maker maker(StorefrontSellers.ShownSeller seller) {
		return new PublicListing.Maker(seller.id(), seller.name(), seller.type(), seller.district(), seller.village(),
				seller.registrationNumber(), seller.status(), seller.verified(), seller.verificationPath(),
				"/sellers/" + seller.id());
	}

}
