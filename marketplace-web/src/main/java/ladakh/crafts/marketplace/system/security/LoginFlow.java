package ladakh.crafts.marketplace.system.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * How people sign in and out through the browser: form login, logout and login
 * throttling. The accounts area provides it; without one, form login is off.
 */
public interface LoginFlow {

	/** The login page; unauthenticated browsers are sent here. */
	String LOGIN_PAGE = "/login";

	void configure(ServerHttpSecurity http);

}
