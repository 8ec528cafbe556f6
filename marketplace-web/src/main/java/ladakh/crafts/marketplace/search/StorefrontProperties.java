package ladakh.crafts.marketplace.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The storefront's settings.
 *
 * @param countsFor how long the home page's counts (sellers of each kind, products) are
 * kept before they are counted again; zero counts on every request
 */
@ConfigurationProperties("marketplace.storefront")
record StorefrontProperties(@DefaultValue("60s") Duration countsFor) {

	StorefrontProperties {
		if (countsFor == null || countsFor.isNegative()) {
			throw new IllegalArgumentException("marketplace.storefront.counts-for must be zero or more");
		}
	}

}
