package ladakh.crafts.marketplace.accounts;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.LoginFlow;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Form login at {@code POST /login}, logout at {@code POST /logout} (both need the CSRF
 * token), and login throttling in front of the password check, for the form and for HTTP
 * Basic ({@link BasicLoginThrottle}).
 * <p>
 * After a login the browser goes back to the page that sent it to the login page, or else
 * to the landing page for its roles. The session id changes at login (Spring Security's
 * session-backed security context repository does that); logout invalidates the session.
 */
@Component
public class FormLoginFlow implements LoginFlow {

	static final String USERNAME = "username";

	private final LoginThrottle throttle;

	private final AccountRepository users;

	private final ServerRequestCache requestCache = new WebSessionServerRequestCache();

	private final BasicLoginThrottle basicThrottle;

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	FormLoginFlow(LoginThrottle throttle, AccountRepository users) {
		this.throttle = throttle;
		this.users = users;
		this.basicThrottle = new BasicLoginThrottle(throttle);
	}

	@Override
	public void configure(ServerHttpSecurity http) {
		http.formLogin((form) -> form.loginPage(LOGIN_PAGE)
			.authenticationSuccessHandler(succeeded())
			.authenticationFailureHandler(failed()))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutHandler((handlers) -> handlers.add(new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(signedOut()))
			.requestCache((cache) -> cache.requestCache(this.requestCache))
			.addFilterBefore(throttleFilter(), SecurityWebFiltersOrder.FORM_LOGIN)
			.addFilterBefore(this.basicThrottle, SecurityWebFiltersOrder.HTTP_BASIC)
			.addFilterAfter(new OneTimePasswordGate(), SecurityWebFiltersOrder.AUTHORIZATION);
	}

	@Override
	public Mono<Void> basicSignInFailed(ServerWebExchange exchange) {
		return this.basicThrottle.failed(exchange);
	}

	@Override
	public Mono<Void> basicSignInSucceeded(ServerWebExchange exchange) {
		return this.basicThrottle.succeeded(exchange);
	}

	/** Where someone lands after signing in, when no page sent them to the login page. */
	static String landing(Object principal) {
		if (principal instanceof MarketplaceUser user) {
			return user.mustChangePassword() ? OneTimePasswordGate.PASSWORD_PAGE : user.startPage();
		}
		return "/";
	}

	/**
	 * The client's address for the login throttle: the connection's peer, or the address
	 * a trusted proxy forwarded (decision 29).
	 */
	public static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	/**
	 * Refuses a throttled login before the password is checked; the login page then says
	 * how many minutes to wait.
	 */
	private WebFilter throttleFilter() {
		var loginPost = ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, LOGIN_PAGE);
		return (exchange, chain) -> loginPost.matches(exchange)
			.flatMap((match) -> match.isMatch()
					? exchange.getFormData()
						.map((form) -> String.valueOf(form.getFirst(USERNAME)))
						.flatMap((login) -> this.throttle.waitFor(login, clientAddress(exchange)))
						.flatMap((wait) -> wait.isZero() ? chain.filter(exchange)
								: this.redirects.sendRedirect(exchange,
										URI.create(LOGIN_PAGE + "?throttled=" + minutes(wait))))
					: chain.filter(exchange));
	}

	private ServerAuthenticationSuccessHandler succeeded() {
		return (webFilterExchange, authentication) -> {
			ServerWebExchange exchange = webFilterExchange.getExchange();
			return this.throttle.succeeded(authentication.getName())
				.then(markLoggedIn(authentication))
				.then(this.requestCache.getRedirectUri(exchange)
					.defaultIfEmpty(URI.create(landing(authentication.getPrincipal()))))
				.flatMap((uri) -> this.requestCache.removeMatchingRequest(exchange)
					.then(this.redirects.sendRedirect(exchange, uri)));
		};
	}

	private Mono<Void> markLoggedIn(Authentication authentication) {
		return (authentication.getPrincipal() instanceof MarketplaceUser user) ? this.users.markLoggedIn(user.id())
				: Mono.empty();
	}

	private ServerAuthenticationFailureHandler failed() {
		return (webFilterExchange, ex) -> {
			ServerWebExchange exchange = webFilterExchange.getExchange();
			return exchange.getFormData()
				.map((form) -> String.valueOf(form.getFirst(USERNAME)))
				.flatMap((login) -> this.throttle.failed(login, clientAddress(exchange)))
				.then(this.redirects.sendRedirect(exchange, URI.create(LOGIN_PAGE + "?error")));
		};
	}

	private static RedirectServerLogoutSuccessHandler signedOut() {
		RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?signedOut"));
		return handler;
	}

	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
