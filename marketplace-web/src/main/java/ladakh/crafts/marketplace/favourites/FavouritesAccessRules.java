package ladakh.crafts.marketplace.favourites;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may keep favourites: anyone signed in, each their own ({@link Favourites} reads and
 * changes only the signed-in person's).
 */
@Component
class FavouritesAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/favourites")
			.authenticated()
			.pathMatchers(HttpMethod.POST, "/favourites/listings/*", "/favourites/listings/*/remove",
					"/favourites/makers/*", "/favourites/makers/*/remove")
			.authenticated();
	}

}
