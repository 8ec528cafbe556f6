package ladakh.crafts.marketplace.accounts;

import ladakh.crafts.marketplace.system.security.ClientAddresses;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Other areas' per-address limits see the address the login throttle sees. */
@Component
class LoginClientAddresses implements ClientAddresses {

	@Override
	public String of(ServerWebExchange exchange) {
		return FormLoginFlow.clientAddress(exchange);
	}

}
