package ladakh.crafts.catalog.search;

import java.util.List;

/**
 * The counts beside the results. Each facet's counts respect every active filter except
 * its own, so a buyer sees how many results choosing another value would give.
 *
 * @param craft per craft slug
 * @param sellerType per seller type
 * @param district per district
 * @param price per price range
 * @param colour per colour code
 */
public record Facets(List<FacetCount> craft, List<FacetCount> sellerType, List<FacetCount> district,
		List<PriceBucket> price, List<FacetCount> colour) {

	public Facets {
		colour = (colour != null) ? colour : List.of();
	}

	/** Counts without colours. */
	public Facets(List<FacetCount> craft, List<FacetCount> sellerType, List<FacetCount> district,
			List<PriceBucket> price) {
		this(craft, sellerType, district, price, List.of());
	}

	public static Facets none() {
		return new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
