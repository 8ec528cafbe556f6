package ladakh.crafts.marketplace.treasury.deposits.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refusal's words beside its fields, in the reader's language (decision 0041); one
 * without a field is under {@code ""}, the page's own alert.
 */
@Component
class TreasuryTexts {

	private final MessageSource messages;

	TreasuryTexts(MessageSource messages) {
		this.messages = messages;
	}

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
