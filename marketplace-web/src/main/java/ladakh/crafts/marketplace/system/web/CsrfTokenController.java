package ladakh.crafts.marketplace.system.web;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The CSRF token for scripts that use the browser session (docs/api.md): the cookie that
 * holds it is HttpOnly, and what a write must send is the masked form of it that only the
 * server makes. Asking for it also sets the cookie.
 */
@RestController
class CsrfTokenController {

	record CsrfTokenJson(String headerName, String parameterName, String token) {

	}

	@GetMapping(path = "/api/v1/csrf", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<CsrfTokenJson> token(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return token.map((it) -> new CsrfTokenJson(it.getHeaderName(), it.getParameterName(), it.getToken()));
	}

}
