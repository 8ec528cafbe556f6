package ladakh.crafts.catalog.sync;

/**
 * Where the sync keeps its state: collection {@code catalog_sync}, documents
 * {@code "lease"} and {@code "index"} for the production alias. Another alias (tests, a
 * second deployment sharing the database) gets {@code "lease:<alias>"} and
 * {@code "index:<alias>"}, so each alias has its own writer.
 */
record SyncNames(String leaseId, String stateId) {

	static final String COLLECTION = "catalog_sync";

	static final String DEFAULT_ALIAS = "catalog-listings";

	static SyncNames forAlias(String alias) {
		String suffix = DEFAULT_ALIAS.equals(alias) ? "" : ":" + alias;
		return new SyncNames("lease" + suffix, "index" + suffix);
	}

}
