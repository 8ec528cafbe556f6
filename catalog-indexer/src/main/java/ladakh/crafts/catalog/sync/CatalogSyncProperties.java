package ladakh.crafts.catalog.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sync's settings ({@code marketplace.catalog.sync}).
 *
 * @param enabled run the sync loop in this process; the web application and the
 * catalog-indexer process both run it by default (the lease lets one write); set
 * {@code false} in the web application to leave it to the separate process
 * @param batchSize dirty listings per bulk request
 * @param rebuildPageSize listings per page of a full rebuild's scan
 * @param pollInterval how often to look for dirty listings when nobody calls the trigger
 * @param leaseDuration how long the lease lasts without renewal (another process takes
 * over after it)
 * @param maxBackoff the longest wait while Elasticsearch is down, and between retries of
 * a listing the index refused
 * @param metricsInterval how often the lag and dirty count are measured
 * @param holder this process's name in the lease (default: host, pid and a random part)
 */
@ConfigurationProperties("marketplace.catalog.sync")
public record CatalogSyncProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500") int batchSize,
		@DefaultValue("1000") int rebuildPageSize, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("15s") Duration leaseDuration, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("1s") Duration metricsInterval, String holder) {

	public CatalogSyncProperties {
		if (batchSize < 1 || rebuildPageSize < 1) {
			throw new IllegalArgumentException("marketplace.catalog.sync batch sizes must be positive");
		}
		if (pollInterval.isNegative() || pollInterval.isZero() || leaseDuration.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(
					"marketplace.catalog.sync.poll-interval must be positive and lease-duration at least 1s");
		}
		if (holder == null || holder.isBlank()) {
			holder = ManagementFactory.getRuntimeMXBean().getName() + "-"
					+ UUID.randomUUID().toString().substring(0, 8);
		}
	}

	CatalogSyncProperties withHolder(String name) {
		return new CatalogSyncProperties(this.enabled, this.batchSize, this.rebuildPageSize, this.pollInterval,
				this.leaseDuration, this.maxBackoff, this.metricsInterval, name);
	}

}
