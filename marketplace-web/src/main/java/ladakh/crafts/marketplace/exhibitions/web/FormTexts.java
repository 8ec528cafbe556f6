package ladakh.crafts.marketplace.exhibitions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The exhibition forms' messages in the reader's language: the constraints' keys, the
 * form's own parsing problems and a refusal's fields (decision 0041: one refusal path,
 * the message beside its field).
 */
@Component
class FormTexts {

	private final MessageSource messages;

	private final FormErrors formErrors;

	FormTexts(MessageSource messages, FormErrors formErrors) {
		this.messages = messages;
		this.formErrors = formErrors;
	}

	/** The constraints' failures and the form's own problems (field → key), in words. */
	Map<String, List<String>> beside(BindingResult result, Map<String, String> own, Locale locale) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		if (result != null) {
			this.formErrors.codes(result).forEach((field, key) -> add(texts, field, text(key, locale)));
		}
		own.forEach((field, key) -> add(texts, field, text(key, locale)));
		return texts;
	}

	/**
	 * A refusal's words beside its fields; one without a field is under {@code ""} (the
	 * page's own alert).
	 */
	Map<String, List<String>> beside(Refusal refusal, Locale locale) {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		if (refusal.problems().isEmpty()) {
			add(texts, (refusal.field() != null) ? refusal.field() : "",
					text(refusal.messageKey(), locale, refusal.arguments()));
		}
		for (Refusal.FieldProblem problem : refusal.problems()) {
			add(texts, problem.field(), text(problem.messageKey(), locale, problem.arguments()));
		}
		return texts;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static void add(Map<String, List<String>> texts, String field, String text) {
		texts.computeIfAbsent(field, (it) -> new ArrayList<>()).add(text);
	}

}
