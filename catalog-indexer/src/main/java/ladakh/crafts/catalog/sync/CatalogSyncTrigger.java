package ladakh.crafts.catalog.sync;

import java.util.Collection;

/**
 * Lets a writer say "listings just changed" so an in-process indexer syncs at once
 * instead of at its next poll. Calling it is an optimisation only: the dirty mark alone
 * guarantees the change is indexed.
 */
@FunctionalInterface
public interface CatalogSyncTrigger {

	/** Some listings were marked dirty. Never blocks, never fails. */
	void listingsChanged();

	/**
	 * These listings were marked dirty: an in-process sync looks them up by id at once
	 * instead of searching for dirty listings. Never blocks, never fails. The default
	 * (for triggers that cannot use the ids) is {@link #listingsChanged()}.
	 * @param listingIds the ids of the listings just changed
	 */
	default void listingsChanged(Collection<String> listingIds) {
		listingsChanged();
	}

}
