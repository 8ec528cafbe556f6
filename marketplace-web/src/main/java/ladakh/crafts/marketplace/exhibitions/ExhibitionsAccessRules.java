package ladakh.crafts.marketplace.exhibitions;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The exhibitions' public pages: the calendar and each exhibition with its stall map.
 * Only reads.
 */
@Component
class ExhibitionsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/exhibitions", "/exhibitions/*").permitAll();
	}

}
