package ladakh.crafts.marketplace.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Prometheus scraper's account. Without a password there is no such account and the
 * metrics endpoint answers 401 to everyone. Its role reaches that endpoint and nothing
 * else: a leaked scrape password is no way into the site.
 *
 * @param password the plain password of the {@code metrics} user
 * ({@code MARKETPLACE_METRICS_PASSWORD})
 */
@ConfigurationProperties("marketplace.metrics")
record MetricsProperties(String password) {

	static final String USERNAME = "metrics";

	/** Not a person's role: no account in {@code users} can be given it. */
	static final String ROLE = "METRICS";

	boolean enabled() {
		return this.password != null && !this.password.isBlank();
	}

}
