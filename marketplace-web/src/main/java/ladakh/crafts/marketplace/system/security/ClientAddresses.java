package ladakh.crafts.marketplace.system.security;

import org.springframework.web.server.ServerWebExchange;

/**
 * Which client address a request came from, for limits counted per address. The accounts
 * area provides it, with the same rule as its login throttle (forwarded headers only from
 * trusted proxies), so other areas need not depend on accounts.
 */
public interface ClientAddresses {

	/**
	 * The request's client address.
	 * @param exchange the request
	 * @return the address, or null when it is unknown
	 */
	String of(ServerWebExchange exchange);

}
