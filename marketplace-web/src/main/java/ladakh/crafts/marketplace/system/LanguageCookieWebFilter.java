package ladakh.crafts.marketplace.system;

import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Remembers a language chosen with {@code ?lang=} in a cookie, so the next page (and the
 * next visit) stays in that language without the parameter.
 */
@Component
class LanguageCookieWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Locale chosen = Languages.fromParameter(exchange);
		if (chosen != null) {
			exchange.getResponse().addCookie(Languages.cookie(chosen));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// Before Spring Security, so even a denied or failed request keeps the reader's
		// choice. Just after SecureCookiesOverHttps, which marks its cookie Secure.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
