package ladakh.crafts.catalog.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the query API behaves.
 *
 * @param synonymRefresh how long a read of the synonym groups is reused; a staff edit
 * reaches other instances within this time (and the instance that saved it at once)
 * @param cursorSecret the key that signs {@code nextCursor} tokens; every instance behind
 * one load balancer needs the same one (set
 * {@code MARKETPLACE_CATALOG_SEARCH_CURSOR_SECRET} in production)
 * @param seedSynonyms whether to write the default synonym groups into an empty
 * collection at start
 */
@ConfigurationProperties("marketplace.catalog.search")
public record CatalogSearchProperties(@DefaultValue("3s") Duration synonymRefresh,
		@DefaultValue("ladakh-crafts-catalog-cursor-v1") String cursorSecret,
		@DefaultValue("true") boolean seedSynonyms) {

	public CatalogSearchProperties {
		if (synonymRefresh.isNegative()) {
			throw new IllegalArgumentException("marketplace.catalog.search.synonym-refresh cannot be negative");
		}
		if (cursorSecret == null || cursorSecret.length() < 16) {
			throw new IllegalArgumentException("marketplace.catalog.search.cursor-secret needs at least 16 characters");
		}
	}

}
