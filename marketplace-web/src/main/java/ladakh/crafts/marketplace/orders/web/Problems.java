package ladakh.crafts.marketplace.orders.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.orders.CheckoutLimited;
import ladakh.crafts.marketplace.orders.CheckoutRefused;
import ladakh.crafts.marketplace.orders.OutOfStock;
import ladakh.crafts.marketplace.orders.PaymentPending;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** ProblemDetail answers of the orders API, naming the field or the listing at fault. */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, Locale locale, String path) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: " + String.join(", ", errors.keySet()) + ".", path);
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((error) -> Map.of("field", error.getKey(), "message",
							this.messages.getMessage(error.getValue(), null, error.getValue(), locale)))
					.toList());
		return answer(HttpStatus.BAD_REQUEST, problem);
	}

	ResponseEntity<ProblemDetail> of(Throwable ex, String path) {
		if (ex instanceof OutOfStock out) {
			ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not enough stock left of " + out.title()
					+ ". Nothing was reserved; change the quantity or remove it and try again.", path);
			problem.setProperty("listingId", out.listingId());
			problem.setProperty("title", out.title());
			return answer(HttpStatus.CONFLICT, problem);
		}
		if (ex instanceof PaymentPending pending) {
			ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
					"Your order " + pending.orderNumber()
							+ " is placed and its items are held, but the payment service did not answer. "
							+ "Try again: the same order will be used.",
					path);
			problem.setProperty("orderId", pending.orderId());
			problem.setProperty("orderNumber", pending.orderNumber());
			problem.setProperty("retry", "/api/v1/orders/" + pending.orderId() + "/payment");
			return answer(HttpStatus.SERVICE_UNAVAILABLE, problem);
		}
		if (ex instanceof CheckoutRefused refused) {
			HttpStatus status = (refused instanceof CheckoutLimited) ? HttpStatus.TOO_MANY_REQUESTS
					: (refused.field() != null) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
			String message = message(refused, Locale.ENGLISH);
			ProblemDetail problem = problem(status, message, path);
			if (refused.field() != null) {
				problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", message)));
			}
			return answer(status, problem);
		}
		if (ex instanceof Carts.CartRefused refused) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, refused.getMessage(), path);
			problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
			return answer(HttpStatus.BAD_REQUEST, problem);
		}
		throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
	}

	/** Why the order was refused, in the reader's language. */
	String message(CheckoutRefused refused, Locale locale) {
		return this.messages.getMessage(refused.code(), refused.arguments(locale), refused.code(), locale);
	}

	ResponseEntity<ProblemDetail> badRequest(String field, String message, String path) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, path);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return answer(HttpStatus.BAD_REQUEST, problem);
	}

	private static ProblemDetail problem(HttpStatus status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(instance(path));
		return problem;
	}

	/** The request's path as a URI; ids in it are as the client sent them (any text). */
	private static URI instance(String path) {
		return URI
			.create(org.springframework.web.util.UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8));
	}

	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
