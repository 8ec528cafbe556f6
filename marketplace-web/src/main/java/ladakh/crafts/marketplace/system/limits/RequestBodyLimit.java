package ladakh.crafts.marketplace.system.limits;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a request body larger than its path accepts with 413, before anything reads it:
 * first of all filters (before the CSRF filter, which reads a multipart form to find its
 * token), on the announced {@code Content-Length}. A body without one (chunked) is
 * counted as it is read and cut off once it passes the limit; the counting wraps the
 * request before the exchange is made ({@link HttpHandlerDecoratorFactory}), because the
 * exchange reads its form and multipart data from the request it was made with, whatever
 * a filter puts in its place. Limits of the multipart reader
 * ({@code spring.webflux.multipart.*}: too many parts, a field too large) are answered
 * 413 too, and a body it cannot parse 400 (a form that is not valid URL encoding as
 * well). ErrorResponses renders the refusal: a page for browsers, ProblemDetail for the
 * API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(RequestLimitsProperties.class)
class RequestBodyLimit implements WebFilter, HttpHandlerDecoratorFactory {

	private final long defaultLimit;

	private final List<Limit> uploads;

	RequestBodyLimit(RequestLimitsProperties properties, ObjectProvider<UploadRoute> uploads) {
		this.defaultLimit = properties.maxBody().toBytes();
		this.uploads = uploads.orderedStream()
			.flatMap((route) -> route.pathPatterns()
				.stream()
				.map((pattern) -> new Limit(PathPatternParser.defaultInstance.parse(pattern),
						route.maxBody().toBytes())))
			.toList();
	}

	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> handler.handle(new CountedRequest(request, limitFor(request)), response);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long limit = limitFor(exchange.getRequest());
		if (exchange.getRequest().getHeaders().getContentLength() > limit) {
			return Mono.error(tooLarge(limit));
		}
		return chain.filter(new FormDecoded(exchange))
			.onErrorMap(RequestBodyLimit::unreadBody, (ex) -> refusal(ex, limit));
	}

	/**
	 * A body over a limit, or one that could not be parsed before any handler saw it (a
	 * handler's own decoding errors already carry a status and message, and keep them).
	 */
	private static boolean unreadBody(Throwable ex) {
		return cause(ex, BodyTooLarge.class) != null || cause(ex, DataBufferLimitException.class) != null
				|| (!(ex instanceof ErrorResponse) && cause(ex, DecodingException.class) != null);
	}

	private static ResponseStatusException refusal(Throwable ex, long limit) {
		if (cause(ex, BodyTooLarge.class) != null) {
			return tooLarge(limit);
		}
		DecodingException unparsable = cause(ex, DecodingException.class);
		// The multipart reader reports its max-parts limit as a decoding error.
		boolean tooManyParts = unparsable != null && unparsable.getMessage() != null
				&& unparsable.getMessage().startsWith("Too many parts");
		if (cause(ex, DataBufferLimitException.class) != null || tooManyParts) {
			return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
					"The request has too many parts, or a part larger than allowed.");
		}
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, "The request body could not be read.");
	}

	private long limitFor(ServerHttpRequest request) {
		return this.uploads.stream()
			.filter((upload) -> upload.pattern().matches(request.getPath().pathWithinApplication()))
			.mapToLong(Limit::maxBytes)
			.max()
			.orElse(this.defaultLimit);
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	private static ResponseStatusException tooLarge(long limit) {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the " + megabytes(limit) + " this address accepts.");
	}

	private static String megabytes(long bytes) {
		String text = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
		return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " MB";
	}

	private record Limit(PathPattern pattern, long maxBytes) {

	}

	/**
	 * The request whose body stops with {@link BodyTooLarge} once it passes the limit.
	 */
	private static final class CountedRequest extends ServerHttpRequestDecorator {

		private final long limit;

		CountedRequest(ServerHttpRequest delegate, long limit) {
			super(delegate);
			this.limit = limit;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong read = new AtomicLong();
				return super.getBody().map((buffer) -> {
					if (read.addAndGet(buffer.readableByteCount()) > this.limit) {
						DataBufferUtils.release(buffer);
						throw new BodyTooLarge();
					}
					return buffer;
				});
			});
		}

	}

	/**
	 * The exchange whose form, when its body is not valid URL encoding ({@code %zz}),
	 * fails as a body that could not be read (400), for whoever reads it first: the CSRF
	 * filter, the sign-in filter or a handler. The decoder throws a plain
	 * IllegalArgumentException, which answered 500.
	 */
	private static final class FormDecoded extends ServerWebExchangeDecorator {

		FormDecoded(ServerWebExchange delegate) {
			super(delegate);
		}

		@Override
		public Mono<MultiValueMap<String, String>> getFormData() {
			return super.getFormData().onErrorMap(IllegalArgumentException.class,
					(ex) -> new DecodingException("The form is not URL-encoded correctly.", ex));
		}

	}

	private static final class BodyTooLarge extends RuntimeException {

		BodyTooLarge() {
			super("The request body passed its limit", null, false, false);
		}

	}

}
