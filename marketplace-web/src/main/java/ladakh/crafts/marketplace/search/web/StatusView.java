package ladakh.crafts.marketplace.search.web;

import java.time.Duration;
import java.time.Instant;

import ladakh.crafts.catalog.sync.IndexStatus;
import ladakh.crafts.catalog.sync.RebuildProgress;

/**
 * The index status as the staff page and its JSON endpoint show it.
 *
 * @param alias the alias searches use
 * @param physicalIndex the index behind it
 * @param definitionVersion the definition version it was built with
 * @param currentDefinitionVersion the version this build ships
 * @param documentCount documents in the index (-1 unknown)
 * @param health {@code green}, {@code yellow}, {@code red} or {@code unreachable}
 * @param lagSeconds age of the oldest change not yet searchable
 * @param dirtyCount listings waiting to be indexed
 * @param leaseHolder the process writing the index
 * @param rebuild the requested or running rebuild, or {@code null}
 * @param lastRebuild the last finished rebuild, or {@code null}
 */
record StatusView(String alias, String physicalIndex, int definitionVersion, int currentDefinitionVersion,
		long documentCount, String health, long lagSeconds, long dirtyCount, String leaseHolder, Rebuild rebuild,
		Rebuild lastRebuild) {

	static StatusView of(IndexStatus status, Instant now) {
		return new StatusView(status.alias(), status.physicalIndex(), status.definitionVersion(),
				status.currentDefinitionVersion(), status.documentCount(), status.clusterHealth(), status.lagSeconds(),
				status.dirtyCount(), status.leaseHolder(), Rebuild.of(status.runningRebuild(), now),
				Rebuild.of(status.lastRebuild(), now));
	}

	public boolean healthy() {
		return "green".equals(this.health) || "yellow".equals(this.health);
	}

	/**
	 * A rebuild's progress.
	 *
	 * @param status {@code REQUESTED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
	 * @param target the new physical index
	 * @param total listings to copy
	 * @param done listings copied
	 * @param percent 0 to 100
	 * @param requestedBy who asked
	 * @param startedAt when the copy began (ISO instant) or {@code null}
	 * @param finishedAt when it ended or {@code null}
	 * @param seconds how long it took or has taken so far
	 * @param error why it failed
	 */
	record Rebuild(String status, String target, long total, long done, int percent, String requestedBy,
			String startedAt, String finishedAt, Long seconds, String error) {

		static Rebuild of(RebuildProgress progress, Instant now) {
			if (progress == null) {
				return null;
			}
			Duration elapsed = progress.elapsed(now);
			return new Rebuild(progress.status(), progress.target(), progress.total(), progress.done(),
					progress.percent(), progress.requestedBy(),
					(progress.startedAt() != null) ? progress.startedAt().toString() : null,
					(progress.finishedAt() != null) ? progress.finishedAt().toString() : null,
					(elapsed != null) ? elapsed.toSeconds() : null, progress.error());
		}

	}

}
