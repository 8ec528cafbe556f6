package ladakh.crafts.marketplace.system.security;

import reactor.core.publisher.Mono;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.web.server.ServerWebExchange;

/**
 * How people sign in and out through the browser: form login, logout and login
 * throttling, which also counts HTTP Basic sign-ins. The accounts area provides it;
 * without one, form login is off.
 */
public interface LoginFlow {

	/** The login page; unauthenticated browsers are sent here. */
	String LOGIN_PAGE = "/login";

	void configure(ServerHttpSecurity http);

	/**
	 * HTTP Basic credentials were refused (the security configuration then answers 401):
	 * counted like a failed form login.
	 */
	default Mono<Void> basicSignInFailed(ServerWebExchange exchange) {
		return Mono.empty();
	}

	/** HTTP Basic credentials were accepted. */
	default Mono<Void> basicSignInSucceeded(ServerWebExchange exchange) {
		return Mono.empty();
	}

}
