package ladakh.crafts.marketplace.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the catalog's message codes into text in the reader's language. */
@Component
class ListingMessages {

	private final MessageSource messages;

	ListingMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	Map<String, List<String>> texts(Map<String, List<String>> codes, Locale locale) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		codes.forEach((field, list) -> texts.put(field, list.stream().map((code) -> text(code, locale)).toList()));
		return texts;
	}

}
