package ladakh.crafts.marketplace.training.cfc;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Common facility centres: staff read the centres, machines and the out-of-order list;
 * only officers and admins add machines and record breakdowns and servicing. Sellers book
 * slots; whose booking it is, and whether their kind may book, is decided by
 * {@link FacilityCentres} from the signed-in account.
 */
@Component
class CfcAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/staff/cfcs", "/staff/cfcs/*", "/staff/cfcs/machines/*",
					"/staff/cfcs/out-of-order")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.POST, "/staff/cfcs/*/machines", "/staff/cfcs/machines/*/breakdowns",
					"/staff/cfcs/machines/*/servicing")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/seller/cfcs")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.POST, "/seller/cfcs/bookings", "/seller/cfcs/bookings/*/cancel")
			.hasRole("SELLER");
	}

}
