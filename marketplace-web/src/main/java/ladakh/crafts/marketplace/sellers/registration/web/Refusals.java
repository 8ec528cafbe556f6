package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.registration.FieldProblem;
import ladakh.crafts.marketplace.sellers.registration.RegistrationRefused;
import ladakh.crafts.marketplace.shared.LocalizedText;

import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.web.reactive.result.view.Rendering;
import ladakh.crafts.marketplace.system.RefusalStatus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns refusals and field problems into statuses and texts people can act on.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	static HttpStatus status(RegistrationRefused refused) {
		return RefusalStatus.of(refused.kind());
	}

	String text(RegistrationRefused refused, Locale locale) {
		Object[] arguments = java.util.Arrays.stream(refused.arguments())
			.map((argument) -> (argument instanceof LocalizedText both) ? both.in(locale) : argument)
			.toArray();
		return this.messages.getMessage(refused.messageKey(), arguments, locale);
	}

	/**
	 * The page the refused action came from, with the refusal's status and message; or,
	 * when that page cannot be shown either, a page with just the message.
	 */
	Mono<Rendering> onPage(RegistrationRefused refused, Mono<Rendering.Builder<?>> page, Locale locale) {
		String message = text(refused, locale);
		return page.map((builder) -> builder.status(status(refused)).modelAttribute("error", message).build())
			.onErrorResume(RegistrationRefused.class, (ex) -> Mono.just(
					Rendering.view("staff/refused").status(status(refused)).modelAttribute("error", message).build()));
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The notice an address asks for after an action ({@code ?done=scheduled}), or null
	 * when it names none: the address is the visitor's to type.
	 */
	String notice(String done, Locale locale) {
		return (done != null && done.matches("[a-z]{1,20}"))
				? this.messages.getMessage("staff.done." + done, null, null, locale) : null;
	}

	Map<String, List<String>> byField(List<FieldProblem> problems, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			byField.computeIfAbsent(problem.field(), (field) -> new ArrayList<>())
				.add(this.messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return byField;
	}

}
