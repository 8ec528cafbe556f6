package ladakh.crafts.marketplace.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The proxies whose forwarded headers are believed (decision 29).
 *
 * @param trustedProxies IP addresses or CIDR ranges of the reverse proxies in front of
 * the application ({@code MARKETPLACE_TRUSTED_PROXIES}, comma-separated); empty: nobody's
 */
@ConfigurationProperties("marketplace.security")
record TrustedProxiesProperties(List<String> trustedProxies) {

	TrustedProxiesProperties {
		trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
	}

}
