package ladakh.crafts.marketplace.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The one place that turns a failure into a response: ProblemDetail JSON for the API (and
 * for clients that ask for JSON), an error page in the site layout for browsers. Runs
 * before Boot's own handler, which therefore never renders its whitelabel page. No stack
 * trace ever reaches a response; unexpected failures are logged here instead.
 */
@Component
@Order(-2)
class ErrorResponses implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ErrorResponses.class);

	private static final String GENERIC_SERVER_ERROR = "Something went wrong on our side. Please try again later.";

	private final ServerCodecConfigurer codecs;

	private final ObjectProvider<ViewResolver> viewResolvers;

	private final MessageSource messages;

	ErrorResponses(ServerCodecConfigurer codecs, ObjectProvider<ViewResolver> viewResolvers, MessageSource messages) {
		this.codecs = codecs;
		this.viewResolvers = viewResolvers;
		this.messages = messages;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		HttpStatusCode status = statusOf(ex);
		if (ex instanceof Refusal refusal) {
			logger.debug("{} {} refused: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					refusal.getMessage());
		}
		else if (status.is5xxServerError()) {
			logger.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		}
		if (ex instanceof Refusal refusal && refusal.retryAfter() != null) {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfter().toSeconds()));
		}
		Mono<ServerResponse> response = wantsJson(exchange) ? problem(exchange, status, ex)
				: page(exchange, status, ex);
		return response.flatMap((it) -> it.writeTo(exchange, new Context()));
	}

	private static HttpStatusCode statusOf(Throwable ex) {
		if (ex instanceof Refusal refusal) {
			return statusOf(refusal.kind());
		}
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode();
		}
		// A body larger than the codecs buffer (e.g. a huge form): the client's to
		// shorten.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return HttpStatusCode.valueOf(413);
			}
		}
		if (ex instanceof AccessDeniedException) {
			return HttpStatus.FORBIDDEN;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The only place a kind of refusal becomes a status. */
	static HttpStatus statusOf(Refusal.Kind kind) {
		return RefusalStatus.of(kind);
	}

	/**
	 * The API always answers JSON; elsewhere a client that prefers JSON over HTML gets it
	 * too.
	 */
	private static boolean wantsJson(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals("/api") || path.startsWith("/api/")) {
			return true;
		}
		List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
		boolean html = accepted.stream().anyMatch((type) -> type.isPresentIn(List.of(MediaType.TEXT_HTML)));
		boolean json = accepted.stream()
			.anyMatch((type) -> type
				.isPresentIn(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)));
		return json && !html;
	}

	private Mono<ServerResponse> problem(ServerWebExchange exchange, HttpStatusCode status, Throwable ex) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		problem.setDetail(detail(status, ex));
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		if (ex instanceof Refusal refusal) {
			Locale locale = exchange.getLocaleContext().getLocale();
			String message = text(refusal.messageKey(), refusal.arguments(), locale);
			problem.setDetail(message);
			problem.setProperty("code", refusal.messageKey());
			if (!refusal.problems().isEmpty()) {
				problem.setProperty("errors", refusal.problems()
					.stream()
					.map((it) -> Map.of("field", it.field(), "message", text(it.messageKey(), it.arguments(), locale)))
					.toList());
			}
			else if (refusal.field() != null) {
				problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", message)));
			}
			refusal.properties().forEach(problem::setProperty);
		}
		else if (ex instanceof WebExchangeBindException invalid) {
			problem.setProperty("errors", invalid.getFieldErrors()
				.stream()
				.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
				.toList());
		}
		else if (ex instanceof ErrorResponse error && error.getBody().getProperties() != null) {
			error.getBody().getProperties().forEach(problem::setProperty);
		}
		String jsonField = status.is4xxClientError() ? JsonInputRules.field(ex) : null;
		if (jsonField != null) {
			String message = "The field " + jsonField + " could not be read: " + JsonInputRules.expected(ex) + ".";
			problem.setDetail(message);
			problem.setProperty("errors", List.of(Map.of("field", jsonField, "message", message)));
		}
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
	}

	/** A refusal's words in the reader's language; texts given in both are chosen too. */
	private String text(String key, Object[] arguments, Locale locale) {
		Locale reader = (locale != null) ? locale : Locale.ENGLISH;
		return this.messages.getMessage(key, localized(arguments, reader), key, reader);
	}

	private static Object[] localized(Object[] arguments, Locale locale) {
		Locale reader = (locale != null) ? locale : Locale.ENGLISH;
		return java.util.Arrays.stream(arguments)
			.map((argument) -> (argument instanceof LocalizedText both) ? both.in(reader) : argument)
			.toArray();
	}

	/**
	 * Only messages written for people are passed on; anything from a 5xx stays in the
	 * log.
	 */
	private static String detail(HttpStatusCode status, Throwable ex) {
		if (status.is5xxServerError()) {
			return GENERIC_SERVER_ERROR;
		}
		if (ex instanceof WebExchangeBindException) {
			return "The request has invalid fields.";
		}
		if (status.value() == 404) {
			return "There is nothing at this address.";
		}
		if (status.value() == 403) {
			return "You may not do this.";
		}
		if (ex instanceof ErrorResponse error && error.getBody().getDetail() != null) {
			return error.getBody().getDetail();
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "The request could not be handled.";
	}

	/**
	 * The error page; a 4xx whose refusal carries a message code (e.g. a form field with
	 * a control character) shows that message in the reader's language.
	 */
	private Mono<ServerResponse> page(ServerWebExchange exchange, HttpStatusCode status, Throwable ex) {
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("status", status.value());
		// The header as on every page: who is signed in, and the token of its sign-out
		// form.
		Object visitor = exchange.getAttribute(ErrorPageVisitor.ATTRIBUTE);
		if (visitor != null) {
			model.put("visitor", visitor);
		}
		Object csrf = exchange.getAttribute(org.springframework.security.web.server.csrf.CsrfToken.class.getName());
		if (csrf != null) {
			model.put("_csrf", csrf);
		}
		if (ex instanceof Refusal refusal) {
			model.put("detailCode", refusal.messageKey());
			model.put("detailArgs", localized(refusal.arguments(), exchange.getLocaleContext().getLocale()));
		}
		else if (status.is4xxClientError() && ex instanceof ErrorResponse error) {
			model.put("detailCode", error.getDetailMessageCode());
			model.put("detailArgs",
					(error.getDetailMessageArguments() != null) ? error.getDetailMessageArguments() : new Object[0]);
		}
		return ServerResponse.status(status).contentType(MediaType.TEXT_HTML).render(view(status), model);
	}

	private static String view(HttpStatusCode status) {
		return switch (status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 413 -> "error/413";
			default -> status.is4xxClientError() ? "error/4xx" : "error/500";
		};
	}

	private final class Context implements ServerResponse.Context {

		@Override
		public List<HttpMessageWriter<?>> messageWriters() {
			return ErrorResponses.this.codecs.getWriters();
		}

		@Override
		public List<ViewResolver> viewResolvers() {
			return ErrorResponses.this.viewResolvers.orderedStream().toList();
		}

	}

}
