package ladakh.crafts.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole demo data set.
 *
 * @param crafts the crafts
 * @param sellers artisans, SHGs and training centres
 * @param listings the listings
 * @param exhibitions the exhibitions
 */
public record DemoData(List<Craft> crafts, List<Seller> sellers, List<Listing> listings, List<Exhibition> exhibitions) {

	public DemoData {
		crafts = List.copyOf(crafts);
		sellers = List.copyOf(sellers);
		listings = List.copyOf(listings);
		exhibitions = List.copyOf(exhibitions);
	}

	public List<Seller> sellersOfType(SellerType type) {
		return this.sellers.stream().filter((seller) -> seller.type() == type).toList();
	}

	public List<PhotoRef> photos() {
		return this.listings.stream().flatMap((listing) -> listing.photos().stream()).toList();
	}

	/**
	 * Counts per collection, as recorded in the {@code system_markers} document.
	 * @return counts keyed by name, in a stable order
	 */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("crafts", this.crafts.size());
		counts.put("sellers", this.sellers.size());
		counts.put("artisans", sellersOfType(SellerType.ARTISAN).size());
		counts.put("shgs", sellersOfType(SellerType.SHG).size());
		counts.put("centres", sellersOfType(SellerType.TRAINING_CENTRE).size());
		counts.put("listings", this.listings.size());
		counts.put("photos", photos().size());
		counts.put("exhibitions", this.exhibitions.size());
		return Collections.unmodifiableMap(counts);
	}

}
