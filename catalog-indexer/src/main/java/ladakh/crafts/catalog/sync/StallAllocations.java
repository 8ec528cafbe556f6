package ladakh.crafts.catalog.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import ladakh.crafts.catalog.index.StallRef;

/**
 * The seam through which the sync learns where a seller can be met: the stalls they were
 * given at exhibitions. The default reads the exhibitions' collections
 * ({@code StallAllocationRepository}, decision 57); a bean of this type replaces it.
 */
@FunctionalInterface
public interface StallAllocations {

	/** A source that knows no allocations. */
	StallAllocations NONE = (sellerIds) -> Map.of();

	/**
	 * The stalls of these sellers.
	 * @param sellerIds the sellers of one batch
	 * @return stalls by seller id; a seller without stalls may be absent
	 */
	Map<String, List<StallRef>> forSellers(Collection<String> sellerIds);

}
