package ladakh.crafts.marketplace.testsupport;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;

/**
 * Routes that exist only in tests: ones that fail on purpose, an API that validates its
 * input, and a page and an API endpoint that no security rule mentions.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOnlyRoutes {

	/** What a failure carries inside; it must never reach a response. */
	public static final String SECRET_DETAIL = "db-password-is-hunter2";

	@Bean
	RouterFunction<ServerResponse> failingRoutes() {
		return RouterFunctions.route()
			.GET("/test-only/boom", (request) -> Mono.error(new IllegalStateException(SECRET_DETAIL)))
			.GET("/api/v1/test-only/boom", (request) -> Mono.error(new IllegalStateException(SECRET_DETAIL)))
			.GET("/test-only/conflict", (request) -> Mono.error(new ResponseStatusException(HttpStatus.CONFLICT)))
			.GET("/api/v1/test-only/refused", (request) -> Mono.error(refusalWithEverything()))
			.GET("/unruled/page", (request) -> ServerResponse.ok().bodyValue("should never be seen"))
			.GET("/api/v1/unruled", (request) -> ServerResponse.ok().bodyValue("should never be seen"))
			.build();
	}

	/**
	 * A refusal that uses all Refusal can carry: several fields, an argument in both
	 * languages, a fact for the client and a time to wait.
	 */
	static Refusal refusalWithEverything() {
		return Refusal
			.invalid("orders.error.fields",
					List.of(new Refusal.FieldProblem("phone", "checkout.error.phone"),
							new Refusal.FieldProblem("listingId", "checkout.refused.makerNotSelling",
									new LocalizedText("Pashmina shawl", "पश्मीना शॉल"))),
					"phone, listingId")
			.with("orderId", "ord-1")
			.retryAfter(Duration.ofSeconds(30));
	}

	/**
	 * The app's own chain denies /test-only/** and /api/v1/test-only/** (no rule); this
	 * one lets tests reach them.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain testOnlyChain(ServerHttpSecurity http) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/test-only/**", "/api/v1/test-only/**"))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.build();
	}

	/**
	 * A test component, so component scanning leaves it out of contexts that do not
	 * import it.
	 */
	@TestComponent
	@RestController
	static class EchoApi {

		@GetMapping("/api/v1/test-only/echo")
		EchoQuery echo(@Valid EchoQuery query) {
			return query;
		}

	}

	record EchoQuery(@NotBlank String name, @Min(1) int quantity) {

	}

}
