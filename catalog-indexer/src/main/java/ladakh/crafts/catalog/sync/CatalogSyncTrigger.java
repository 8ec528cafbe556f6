package ladakh.crafts.catalog.sync;

/**
 * Lets a writer say "listings just changed" so an in-process indexer syncs at once
 * instead of at its next poll. Calling it is an optimisation only: the dirty mark alone
 * guarantees the change is indexed.
 */
@FunctionalInterface
public interface CatalogSyncTrigger {

	/** Some listings were marked dirty. Never blocks, never fails. */
	void listingsChanged();

}
