package ladakh.crafts.marketplace.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The login throttle (decision 15) for HTTP Basic, which the API takes: a request whose
 * login or address must wait is answered 429 with {@code Retry-After} before the password
 * is checked. The Basic filter's own handlers report the outcome: a refusal counts as a
 * failure ({@link #failed}), a sign-in clears the login's count ({@link #succeeded}) as a
 * form login does. The answer's status says nothing about it: a page once answered wrong
 * credentials with a redirect that was taken for a success. Without this, the API was a
 * way round the throttle of the login form.
 */
final class BasicLoginThrottle implements WebFilter {

	private static final String BASIC = "Basic ";

	private final LoginThrottle throttle;

	BasicLoginThrottle(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String login = login(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		if (login == null) {
			return chain.filter(exchange);
		}
		String address = FormLoginFlow.clientAddress(exchange);
		return this.throttle.waitFor(login, address).flatMap((wait) -> {
			if (!wait.isZero()) {
				return tooManyAttempts(exchange.getResponse(), wait);
			}
			return chain.filter(exchange);
		});
	}

	/**
	 * Credentials the Basic filter refused: a failure for the login (when the header
	 * names one) and for the address.
	 */
	Mono<Void> failed(ServerWebExchange exchange) {
		return this.throttle.failed(login(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)),
				FormLoginFlow.clientAddress(exchange));
	}

	/** Credentials the Basic filter accepted: the login's count starts again. */
	Mono<Void> succeeded(ServerWebExchange exchange) {
		String login = login(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		return (login != null) ? this.throttle.succeeded(login) : Mono.empty();
	}

	/**
	 * Refused like any other request error, so it is rendered as ProblemDetail or a page.
	 */
	private static Mono<Void> tooManyAttempts(ServerHttpResponse response, Duration wait) {
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
		return Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed sign-ins for this account or from this address; try again in "
						+ FormLoginFlow.minutes(wait) + " minutes."));
	}

	/** The login in a Basic {@code Authorization} header, or null when there is none. */
	static String login(String authorization) {
		if (authorization == null || authorization.length() <= BASIC.length()
				|| !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		try {
			String credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
					StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return (colon > 0) ? credentials.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null; // not Base64: the Basic filter refuses it
		}
	}

}
