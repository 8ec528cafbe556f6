package ladakh.crafts.catalog.sync;

/**
 * The listing index and its sync, for the staff page and monitoring.
 *
 * @param alias the alias searches use
 * @param physicalIndex the index behind it, or {@code null} when there is none yet or
 * Elasticsearch is unreachable
 * @param definitionVersion the definition version that index was built with (0 unknown)
 * @param currentDefinitionVersion the version this build ships
 * @param documentCount documents in the index (-1 unknown)
 * @param clusterHealth {@code green}, {@code yellow}, {@code red} or {@code unreachable}
 * @param lagSeconds age of the oldest change not yet indexed (0 when none)
 * @param dirtyCount listings waiting to be indexed
 * @param leaseHolder the process writing the index, or {@code null}
 * @param lastRebuild the last finished rebuild, or {@code null}
 * @param runningRebuild the rebuild requested or in progress, or {@code null}
 */
public record IndexStatus(String alias, String physicalIndex, int definitionVersion, int currentDefinitionVersion,
		long documentCount, String clusterHealth, long lagSeconds, long dirtyCount, String leaseHolder,
		RebuildProgress lastRebuild, RebuildProgress runningRebuild) {

	public boolean reachable() {
		return !"unreachable".equals(this.clusterHealth);
	}

}
