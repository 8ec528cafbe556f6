package ladakh.crafts.marketplace.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form record's Bean Validation failures as the messages shown beside each field. Each
 * constraint's {@code message} is a key in messages.properties (and its Hindi twin), not
 * text: Bean Validation interpolates on the validating thread, which in WebFlux knows no
 * reader's language, so the words are chosen here, when the page is rendered. The
 * constraint's attributes are the key's arguments in the order of their names
 * ({@code @Size(max = 100)}: {@code {0}} is 100).
 */
@Component
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The first message key of each field at fault, in the order of the form's fields;
	 * for pages that put the words in themselves. Mutable, so a handler can add a refusal
	 * the constraints cannot see.
	 */
	public Map<String, String> codes(BindingResult result) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			codes.putIfAbsent(error.getField(), key(error));
		}
		return codes;
	}

	/** Every message of each field at fault, in the reader's language. */
	public Map<String, List<String>> texts(BindingResult result, Locale locale) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			texts.computeIfAbsent(error.getField(), (field) -> new ArrayList<>()).add(text(error, locale));
		}
		return texts;
	}

	/**
	 * One field's messages, in the reader's language, or {@code null} when it is fine.
	 */
	public List<String> texts(BindingResult result, String field, Locale locale) {
		return texts(result, locale).get(field);
	}

	private String text(FieldError error, Locale locale) {
		String key = key(error);
		return this.messages.getMessage(key, arguments(error), key, (locale != null) ? locale : Locale.ENGLISH);
	}

	/**
	 * A value that could not even be converted to the field's type has no key of its own;
	 * it reads as the field's generic refusal.
	 */
	private static String key(FieldError error) {
		return (error.isBindingFailure() || error.getDefaultMessage() == null) ? "form.error.unreadable"
				: error.getDefaultMessage();
	}

	/** The constraint's attributes, without the field's own name that comes first. */
	private static Object[] arguments(FieldError error) {
		Object[] arguments = error.getArguments();
		if (arguments == null || arguments.length == 0) {
			return new Object[0];
		}
		return Arrays.stream(arguments, 1, arguments.length)
			.map((argument) -> (argument instanceof MessageSourceResolvable resolvable
					&& resolvable.getDefaultMessage() != null) ? resolvable.getDefaultMessage() : argument)
			.toArray();
	}

}
