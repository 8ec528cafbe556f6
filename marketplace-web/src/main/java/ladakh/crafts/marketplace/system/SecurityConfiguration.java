package ladakh.crafts.marketplace.system;

import java.util.List;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.HttpBasicServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may reach what. Every path has an explicit rule; see
 * {@link #securityWebFilterChain}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(MetricsProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	private static final String[] PUBLIC_PAGES = { "/", "/style", "/search", "/error" };

	private static final String[] PUBLIC_ASSETS = { "/media/**", "/css/**", "/js/**", "/img/**", "/favicon.ico" };

	private static final String[] ACTUATOR = { "/actuator", "/actuator/**" };

	/**
	 * The rules, in order. The last two need a word:
	 * <ul>
	 * <li>{@code /api/**} is open for now so an unknown API path answers 404
	 * ProblemDetail rather than 403. Each API adds its own rule above this one as it
	 * lands, and this one then narrows.
	 * <li>A request no handler serves at all is let through so routing answers 404: a
	 * reader who mistypes a URL deserves "page not found", not "forbidden". This is
	 * deliberately not {@code anyExchange().permitAll()}: a page that exists but has no
	 * rule here is denied, so a new page is closed until someone writes its rule.
	 * </ul>
	 */
	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ObjectProvider<DispatcherHandler> dispatcher,
			ObjectProvider<AccessRules> areaRules) {
		return http.authorizeExchange((exchanges) -> {
			exchanges.pathMatchers(PUBLIC_PAGES)
				.permitAll()
				.pathMatchers(PUBLIC_ASSETS)
				.permitAll()
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.pathMatchers(ACTUATOR)
				.hasRole("ADMIN");
			areaRules.orderedStream().forEach((rules) -> rules.apply(exchanges));
			exchanges.pathMatchers("/api/**")
				.permitAll()
				.matchers(new UnroutedExchangeMatcher(dispatcher))
				.permitAll()
				.anyExchange()
				.denyAll();
		})
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint()))
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint()).accessDeniedHandler(forbiddenPage()))
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieServerCsrfTokenRepository())
				.accessDeniedHandler(forbiddenPage()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	/**
	 * Actuator clients (Prometheus) are challenged for HTTP Basic. Elsewhere there is no
	 * login yet, so a reader who may not see a page gets the 403 page (the login redirect
	 * replaces this when accounts land).
	 */
	private ServerAuthenticationEntryPoint entryPoint() {
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(ACTUATOR),
						new HttpBasicServerAuthenticationEntryPoint()));
		entryPoint.setDefaultEntryPoint((exchange, ex) -> forbidden());
		return entryPoint;
	}

	/**
	 * Hands the refusal to ErrorResponses, which renders the 403 page or ProblemDetail.
	 */
	private ServerAccessDeniedHandler forbiddenPage() {
		return (exchange, denied) -> forbidden();
	}

	private static Mono<Void> forbidden() {
		return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Accounts come later; until then the only user is the optional metrics scraper. */
	@Bean
	ReactiveUserDetailsService userDetailsService(MetricsProperties metrics, PasswordEncoder encoder) {
		List<UserDetails> users = metrics.enabled() ? List.of(User.withUsername(MetricsProperties.USERNAME)
			.password(encoder.encode(metrics.password()))
			.roles("ADMIN")
			.build()) : List.of();
		return (username) -> Mono.justOrEmpty(users.stream()
			.filter((user) -> user.getUsername().equals(username))
			.findFirst()
			.map((user) -> User.withUserDetails(user).build()));
	}

}
