package ladakh.crafts.marketplace.system;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * The WebFlux CSRF token is lazy: nothing creates it unless someone subscribes. Exposing
 * it as {@code _csrf} makes Thymeleaf's {@code th:action} render the hidden field in
 * every form.
 */
@ControllerAdvice
class CsrfModelAdvice {

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token : Mono.empty();
	}

}
