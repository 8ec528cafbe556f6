package ladakh.crafts.marketplace.system;

import java.util.Set;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * The REVIEWER's two rules, in one place (decision 73): a reviewer (a secretary or a
 * director) reads every staff page and API of the department and changes nothing. The
 * security configuration applies them before the areas' rules, so no area has to know the
 * role, and a new staff page is readable by reviewers and a new form closed to them
 * without anyone remembering to say so.
 * <ul>
 * <li>{@link #changesSomething}: any state-changing method (anything but GET, HEAD,
 * OPTIONS and TRACE) by an account that holds REVIEWER, except the three things every
 * signed-in person does for their own account: sign in, sign out, change their password.
 * The account holds no other power while it is a reviewer's.
 * <li>{@link #readsStaffRecords}: GET (and HEAD, authorized as GET) under {@code /staff}
 * and {@code /api/v1/staff}, except a page that is nothing but an empty form to create a
 * record ({@code .../new}): it shows no figures, only a form the reviewer may not send.
 * </ul>
 * Both match a reviewer only, so they open nothing to anyone else; neither covers
 * {@code /admin} (users, the search index: system administration, not the department's
 * figures), nor the pages of sellers, buyers and trainees.
 */
final class ReviewerAccess {

	/** What every signed-in person may post about their own account. */
	static final Set<String> OWN_ACCOUNT_POSTS = Set.of("/login", "/logout", "/account/password");

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private static final String REVIEWER = Role.REVIEWER.authority();

	private static final ServerWebExchangeMatcher STAFF_READS = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET,
			"/staff", "/staff/**", "/api/v1/staff/**");

	private ReviewerAccess() {
	}

	/**
	 * A reviewer's request that would change something. A path no handler serves is left
	 * to the closing rule, so it still answers 404.
	 * @param unrouted matches requests that no handler serves
	 */
	static ServerWebExchangeMatcher changesSomething(ServerWebExchangeMatcher unrouted) {
		return (exchange) -> {
			if (READS.contains(exchange.getRequest().getMethod()) || ownAccountPost(exchange)) {
				return MatchResult.notMatch();
			}
			return reviewer().flatMap((reviewer) -> reviewer
					? unrouted.matches(exchange)
						.flatMap((routing) -> routing.isMatch() ? MatchResult.notMatch() : MatchResult.match())
					: MatchResult.notMatch());
		};
	}

	/** A reviewer reading a staff page or a staff API resource. */
	static ServerWebExchangeMatcher readsStaffRecords() {
		return (exchange) -> STAFF_READS.matches(exchange).flatMap((read) -> {
			if (!read.isMatch() || creationForm(exchange)) {
				return MatchResult.notMatch();
			}
			return reviewer().flatMap((reviewer) -> reviewer ? MatchResult.match() : MatchResult.notMatch());
		});
	}

	private static boolean ownAccountPost(ServerWebExchange exchange) {
		return exchange.getRequest().getMethod() == HttpMethod.POST
				&& OWN_ACCOUNT_POSTS.contains(exchange.getRequest().getPath().pathWithinApplication().value());
	}

	private static boolean creationForm(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value().endsWith("/new");
	}

	private static Mono<Boolean> reviewer() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.map((authentication) -> authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> REVIEWER.equals(authority.getAuthority())))
			.defaultIfEmpty(false);
	}

}
