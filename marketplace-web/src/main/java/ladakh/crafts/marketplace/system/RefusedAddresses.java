package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * An address the security firewall refuses (an encoded percent sign, a path that climbs
 * out with {@code ..}) is answered like any other bad request, by ErrorResponses: the
 * site's own page or a ProblemDetail, not the bare 400 the browser shows as "HTTP ERROR
 * 400".
 */
@Component
class RefusedAddresses implements ServerExchangeRejectedHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		return Mono.error(Refusal.invalid("error.address.refused"));
	}

}
