package ladakh.crafts.marketplace.training.stock;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the stock register and the subsidised tool kits: officers and admins
 * enter and read everything; an instructor reads the stock of a centre they teach at (the
 * page answers 404 for any other centre, decided from the signed-in account).
 */
@Component
class StockAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/centres/*/stock", "/staff/centres/*/products")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.GET, "/staff/stock", "/staff/stock/reorder-levels", "/staff/kits", "/staff/kits/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/stock/movements", "/staff/stock/counts", "/staff/kits",
					"/staff/kits/*/approval", "/staff/kits/*/payment", "/staff/kits/*/issue",
					"/staff/centres/*/products", "/staff/centres/*/products/*/listing", "/staff/stock/reorder-levels/*")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
