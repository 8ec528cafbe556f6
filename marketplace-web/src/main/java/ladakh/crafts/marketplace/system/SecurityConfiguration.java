package ladakh.crafts.marketplace.system;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.security.AccessRules;
import ladakh.crafts.marketplace.system.security.LoginFlow;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.UserLookup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
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
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.WebFilterChainServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

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

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.TRACE,
			HttpMethod.OPTIONS);

	private static final String[] ACTUATOR = { "/actuator", "/actuator/**" };

	private static final String PROMETHEUS = "/actuator/prometheus";

	private static final String BASIC_CHALLENGE = "Basic realm=\"Ladakh Crafts\"";

	/** The masked CSRF token for scripts (see docs/api.md). */
	static final String CSRF_TOKEN_PATH = "/api/v1/csrf";

	/**
	 * The rules, in order. Some need a word:
	 * <ul>
	 * <li>The metrics scraper's account reaches the metrics endpoint and nothing else,
	 * not even the public pages.
	 * <li>HEAD is authorized as GET ({@link HeadAuthorizedAsGet}); every other method
	 * needs a rule of its own.
	 * <li>A request no handler serves at all is let through so routing answers 404: a
	 * reader who mistypes a URL deserves "page not found", not "forbidden", and an
	 * unknown API path a 404 ProblemDetail. This is deliberately not
	 * {@code anyExchange().permitAll()}: a page or API endpoint that exists but has no
	 * rule is denied, so a new one is closed until someone writes its rule (decision 16).
	 * <li>A REVIEWER's two rules come before all others ({@link ReviewerAccess}).
	 * </ul>
	 */
	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ObjectProvider<DispatcherHandler> dispatcher,
			ObjectProvider<AccessRules> areaRules, ObjectProvider<LoginFlow> loginFlow) {
		Set<String> signedPosts = areaRules.orderedStream()
			.flatMap((rules) -> rules.signedPostPaths().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		LoginFlow login = loginFlow.getIfAvailable();
		if (login != null) {
			login.configure(http);
		}
		else {
			http.formLogin(ServerHttpSecurity.FormLoginSpec::disable);
		}
		UnroutedExchangeMatcher unrouted = new UnroutedExchangeMatcher(dispatcher);
		return http.authorizeExchange((exchanges) -> {
			exchanges.pathMatchers(PROMETHEUS)
				.hasAnyRole(MetricsProperties.ROLE, "ADMIN")
				.matchers(SecurityConfiguration::metricsAccount)
				.denyAll()
				// A reviewer reads the department's staff pages and changes nothing
				// (ReviewerAccess, decision 73): before every other rule, so no public
				// or area rule lets a reviewer change anything.
				.matchers(ReviewerAccess.changesSomething(unrouted))
				.denyAll()
				.matchers(ReviewerAccess.readsStaffRecords())
				.permitAll()
				.pathMatchers(PUBLIC_PAGES)
				.permitAll()
				.pathMatchers(PUBLIC_ASSETS)
				.permitAll()
				.pathMatchers(HttpMethod.GET, CSRF_TOKEN_PATH)
				.permitAll()
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.pathMatchers(ACTUATOR)
				.hasRole("ADMIN");
			areaRules.orderedStream().forEach((rules) -> rules.apply(exchanges));
			exchanges.matchers(unrouted).permitAll().anyExchange().denyAll();
		})
			.addFilterBefore(HeadAuthorizedAsGet.beforeAuthorization(), SecurityWebFiltersOrder.AUTHORIZATION)
			.addFilterAfter(HeadAuthorizedAsGet.afterAuthorization(), SecurityWebFiltersOrder.AUTHORIZATION)
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint(login != null))
				.authenticationFailureHandler(basicFailed(login))
				.authenticationSuccessHandler((handlers) -> {
					handlers.add(basicSucceeded(login));
					handlers.add(new WebFilterChainServerAuthenticationSuccessHandler());
				}))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(entryPoint(login != null))
				.accessDeniedHandler(forbiddenPage()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie())
				.csrfTokenRequestHandler(csrfTokenFromFormsWithFiles())
				.requireCsrfProtectionMatcher((exchange) -> needsCsrfToken(exchange, signedPosts))
				.accessDeniedHandler(forbiddenPage()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.mode(Mode.DENY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	/**
	 * The token's cookie stays HttpOnly (scripts ask {@value #CSRF_TOKEN_PATH} for the
	 * masked token) and is SameSite=Lax like the session cookie.
	 */
	private static CookieServerCsrfTokenRepository csrfCookie() {
		CookieServerCsrfTokenRepository repository = new CookieServerCsrfTokenRepository();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * Wrong HTTP Basic credentials answer 401 with a Basic challenge on every path (the
	 * API's ProblemDetail, or the error page), never the login page's redirect, so a page
	 * does not tell a wrong password from a right one by its answer; the login flow
	 * counts each one (decision 15).
	 */
	private static ServerAuthenticationFailureHandler basicFailed(LoginFlow login) {
		return (webFilterExchange, ex) -> {
			ServerWebExchange exchange = webFilterExchange.getExchange();
			Mono<Void> counted = (login != null) ? login.basicSignInFailed(exchange) : Mono.empty();
			return counted.then(Mono.defer(() -> {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
				return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
						"The login or password is wrong, or the account is disabled."));
			}));
		};
	}

	/** Only a real HTTP Basic sign-in clears the login's count. */
	private static ServerAuthenticationSuccessHandler basicSucceeded(LoginFlow login) {
		return (webFilterExchange, authentication) -> (login != null)
				? login.basicSignInSucceeded(webFilterExchange.getExchange()) : Mono.empty();
	}

	/** True for the metrics scraper's account, which is kept to its one endpoint. */
	private static Mono<MatchResult> metricsAccount(ServerWebExchange exchange) {
		String metricsAuthority = "ROLE_" + MetricsProperties.ROLE;
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter((authentication) -> authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> metricsAuthority.equals(authority.getAuthority())))
			.flatMap((authentication) -> MatchResult.match())
			.switchIfEmpty(MatchResult.notMatch());
	}

	/**
	 * Forms that upload a file (the artisan application with its photo) are multipart and
	 * carry the token as a hidden field like every other form; WebFlux reads tokens only
	 * from url-encoded forms unless told otherwise, so without this a real browser's
	 * application was refused with 403. Pages work without JavaScript, so a header is no
	 * alternative.
	 */
	private static XorServerCsrfTokenRequestAttributeHandler csrfTokenFromFormsWithFiles() {
		XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
		handler.setTokenFromMultipartDataEnabled(true);
		return handler;
	}

	/**
	 * Unsafe methods need the CSRF token, except for scripts that send HTTP Basic
	 * credentials: a browser never adds an {@code Authorization} header to a cross-site
	 * form post by itself, so such a request cannot be forged through a victim's cookies.
	 * Nor do the exact paths an area declares as signed (webhooks: see
	 * {@link AccessRules#signedPostPaths()}).
	 */
	private static Mono<MatchResult> needsCsrfToken(ServerWebExchange exchange, Set<String> signedPosts) {
		HttpMethod method = exchange.getRequest().getMethod();
		if (SAFE_METHODS.contains(method)) {
			return MatchResult.notMatch();
		}
		if (method == HttpMethod.POST
				&& signedPosts.contains(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return MatchResult.notMatch();
		}
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		return basic ? MatchResult.notMatch() : MatchResult.match();
	}

	/**
	 * Actuator clients (Prometheus) are challenged for HTTP Basic; the API answers 401
	 * ProblemDetail (with a Basic challenge for scripts); a browser is sent to the login
	 * page, which brings it back afterwards (without a login flow it gets the 403 page).
	 */
	private ServerAuthenticationEntryPoint entryPoint(boolean loginPage) {
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(ACTUATOR),
						new HttpBasicServerAuthenticationEntryPoint()),
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api", "/api/**"),
						SecurityConfiguration::unauthorizedProblem));
		entryPoint.setDefaultEntryPoint(loginPage ? new RedirectServerAuthenticationEntryPoint(LoginFlow.LOGIN_PAGE)
				: (exchange, ex) -> forbidden());
		return entryPoint;
	}

	private static Mono<Void> unauthorizedProblem(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
		return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				"Sign in first, or send HTTP Basic credentials with the request."));
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

	/**
	 * The optional metrics scraper (role METRICS: the metrics endpoint only), then the
	 * people in the {@code users} collection (when the accounts area is present).
	 * {@code metrics} is neither an email address nor a mobile number, so it never
	 * shadows a person.
	 */
	@Bean
	ReactiveUserDetailsService userDetailsService(MetricsProperties metrics, PasswordEncoder encoder,
			ObjectProvider<UserLookup> people) {
		List<UserDetails> services = metrics.enabled() ? List.of(User.withUsername(MetricsProperties.USERNAME)
			.password(encoder.encode(metrics.password()))
			.roles(MetricsProperties.ROLE)
			.build()) : List.of();
		return (username) -> Mono
			.justOrEmpty(services.stream()
				.filter((user) -> user.getUsername().equals(username))
				.findFirst()
				.map((user) -> (UserDetails) User.withUserDetails(user).build()))
			.switchIfEmpty(Mono.defer(() -> {
				UserLookup lookup = people.getIfAvailable();
				return (lookup != null) ? lookup.findByLogin(username).cast(UserDetails.class) : Mono.empty();
			}));
	}

	/**
	 * Form login and HTTP Basic both use this. Passwords are checked on boundedElastic
	 * (the default of the delegate); the authentication that ends up in the session
	 * carries the user without the password hash and without credentials.
	 */
	@Bean
	ReactiveAuthenticationManager authenticationManager(ReactiveUserDetailsService users, PasswordEncoder encoder) {
		UserDetailsRepositoryReactiveAuthenticationManager delegate = new UserDetailsRepositoryReactiveAuthenticationManager(
				users);
		delegate.setPasswordEncoder(encoder);
		return (authentication) -> delegate.authenticate(authentication).map((done) -> {
			Object principal = (done.getPrincipal() instanceof MarketplaceUser user) ? user.withoutPassword()
					: done.getPrincipal();
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, done.getAuthorities());
		});
	}

}
