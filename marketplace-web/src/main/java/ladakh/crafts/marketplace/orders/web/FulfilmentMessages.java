package ladakh.crafts.marketplace.orders.web;

import java.net.URI;
import java.util.Locale;

import ladakh.crafts.marketplace.orders.FulfilmentRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Turns fulfilment message codes into text and API refusals into ProblemDetail. */
@Component
class FulfilmentMessages {

	private final MessageSource messages;

	FulfilmentMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, (locale != null) ? locale : Locale.ENGLISH);
	}

	static HttpStatus status(FulfilmentRefused ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
	}

	ResponseEntity<ProblemDetail> problem(FulfilmentRefused ex, ServerWebExchange exchange) {
		HttpStatus status = status(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				text(ex.code(), exchange.getLocaleContext().getLocale()));
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
