package ladakh.crafts.marketplace.system;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every cookie set on a request that came over HTTPS is Secure. Behind a TLS-terminating
 * proxy the request has no TLS of its own, only the trusted proxy's
 * {@code X-Forwarded-Proto} (decision 29); the CSRF cookie (which looks only for TLS) and
 * the language cookie were then sent without Secure. The session cookie marks itself.
 */
@Component
class SecureCookiesOverHttps implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!"https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().response(new SecureCookies(exchange.getResponse())).build());
	}

	@Override
	public int getOrder() {
		// Before everything that sets a cookie: the language filter and Spring Security.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static final class SecureCookies extends ServerHttpResponseDecorator {

		SecureCookies(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public void addCookie(ResponseCookie cookie) {
			super.addCookie(cookie.isSecure() ? cookie : cookie.mutate().secure(true).build());
		}

	}

}
