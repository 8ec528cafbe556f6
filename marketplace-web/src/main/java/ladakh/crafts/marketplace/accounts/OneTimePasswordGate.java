package ladakh.crafts.marketplace.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Until someone with a one-time password (handed over on paper by an officer) has chosen
 * their own, the password page, sign-out and the site's assets are all that open: a page
 * sends them to {@value #PASSWORD_PAGE}, the API answers 403 saying so.
 */
final class OneTimePasswordGate implements WebFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final List<String> OPEN = List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/css/**", "/js/**",
			"/img/**", "/media/**", "/favicon.ico");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.map(OneTimePasswordGate::mustChange)
			.defaultIfEmpty(false)
			.flatMap((must) -> (must && !open(exchange)) ? refuse(exchange) : chain.filter(exchange));
	}

	private static boolean mustChange(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof MarketplaceUser user
				&& user.mustChangePassword();
	}

	private static boolean open(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return OPEN.stream().anyMatch((pattern) -> PATHS.match(pattern, path));
	}

	private static Mono<Void> refuse(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.startsWith("/api/")) {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			String body = """
					{"type":"about:blank","title":"Forbidden","status":403,"detail":"Choose your own password \
					first: this account still has its one-time password. Sign in on the website and open \
					%s."}""".formatted(PASSWORD_PAGE);
			return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
		}
		response.setStatusCode(HttpStatus.SEE_OTHER);
		response.getHeaders().setLocation(URI.create(PASSWORD_PAGE));
		return response.setComplete();
	}

}
