package ladakh.crafts.marketplace.system;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * HEAD is GET without the body, so it gets GET's rule (decision 16): the authorization
 * filter sees a HEAD request as GET, and everything after it sees HEAD again. Without
 * this, a rule for GET never matched HEAD, which fell through to whatever rule came next:
 * an open one under {@code /api}, the denial elsewhere.
 */
final class HeadAuthorizedAsGet {

	private static final String WAS_HEAD = HeadAuthorizedAsGet.class.getName() + ".WAS_HEAD";

	private HeadAuthorizedAsGet() {
	}

	/** Placed just before the authorization filter. */
	static WebFilter beforeAuthorization() {
		return (exchange, chain) -> {
			if (exchange.getRequest().getMethod() != HttpMethod.HEAD) {
				return chain.filter(exchange);
			}
			exchange.getAttributes().put(WAS_HEAD, Boolean.TRUE);
			return chain.filter(as(exchange, HttpMethod.GET));
		};
	}

	/** Placed just after it. */
	static WebFilter afterAuthorization() {
		return HeadAuthorizedAsGet::restore;
	}

	private static Mono<Void> restore(ServerWebExchange exchange, WebFilterChain chain) {
		return chain
			.filter(exchange.getAttributes().remove(WAS_HEAD) != null ? as(exchange, HttpMethod.HEAD) : exchange);
	}

	private static ServerWebExchange as(ServerWebExchange exchange, HttpMethod method) {
		return exchange.mutate().request((request) -> request.method(method)).build();
	}

}
