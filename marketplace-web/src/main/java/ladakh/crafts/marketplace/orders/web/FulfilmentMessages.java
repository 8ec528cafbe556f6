package ladakh.crafts.marketplace.orders.web;

import java.util.Locale;

import ladakh.crafts.marketplace.orders.FulfilmentRefused;

import org.springframework.context.MessageSource;
import ladakh.crafts.marketplace.system.RefusalStatus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns the orders area's message codes into text for its pages. */
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
		return RefusalStatus.of(ex.kind());
	}

}
