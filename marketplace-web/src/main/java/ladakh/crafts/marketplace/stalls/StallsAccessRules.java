package ladakh.crafts.marketplace.stalls;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The stall pages are sellers'; which stall is whose is decided by {@link StallSales}
 * from the signed-in account and the draw's allocations (another seller's stall: 404).
 * The service worker's script holds no data and is public, so that the browser can fetch
 * it to check for an update whatever the session.
 */
@Component
class StallsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/seller/stalls/sw.js")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/seller/stalls", "/seller/stalls/*", "/seller/stalls/*/tags.pdf")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.POST, "/seller/stalls/*/stock", "/seller/stalls/*/sales",
					"/seller/stalls/*/queued-sales", "/seller/stalls/*/back-online")
			.hasRole("SELLER");
	}

}
