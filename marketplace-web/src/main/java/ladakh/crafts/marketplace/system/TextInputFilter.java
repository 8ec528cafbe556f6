package ladakh.crafts.marketplace.system;

import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.shared.TextInput;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every form field (URL-encoded or a multipart text part) passes {@link TextInput} before
 * any handler reads it: the one place forms are checked, so no handler can forget. Runs
 * after the security chain (whose CSRF check reads the same, cached, form), so a request
 * the rules refuse is refused for that first.
 */
@Component
@Order(0)
class TextInputFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// Query parameters too: they end up in searches (a NUL cannot even be sent to
		// MongoDB inside a regular expression).
		for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
			String problem = Checked.problem(parameter.getKey());
			for (String value : parameter.getValue()) {
				problem = (problem != null) ? problem : TextInput.problem(value);
			}
			if (problem != null) {
				return Mono.error(refused(Checked.printable(parameter.getKey()), problem));
			}
		}
		return chain.filter(new Checked(exchange));
	}

	/** Refused beside the field, in the reader's language: {@link TextInput}'s key. */
	static Refusal refused(String field, String problem) {
		return Refusal.invalid(problem, field).at(field);
	}

	private static final class Checked extends ServerWebExchangeDecorator {

		Checked(ServerWebExchange delegate) {
			super(delegate);
		}

		@Override
		public Mono<MultiValueMap<String, String>> getFormData() {
			return super.getFormData().handle((form, sink) -> {
				for (Map.Entry<String, List<String>> field : form.entrySet()) {
					String problem = problem(field.getKey());
					for (String value : field.getValue()) {
						problem = (problem != null) ? problem : TextInput.problem(value);
					}
					if (problem != null) {
						sink.error(refused(printable(field.getKey()), problem));
						return;
					}
				}
				sink.next(form);
			});
		}

		@Override
		public Mono<MultiValueMap<String, Part>> getMultipartData() {
			return super.getMultipartData().handle((parts, sink) -> {
				for (Map.Entry<String, List<Part>> field : parts.entrySet()) {
					String problem = problem(field.getKey());
					for (Part part : field.getValue()) {
						if (problem == null && part instanceof FormFieldPart text) {
							problem = TextInput.problem(text.value());
						}
					}
					if (problem != null) {
						sink.error(refused(printable(field.getKey()), problem));
						return;
					}
				}
				sink.next(parts);
			});
		}

		private static String problem(String name) {
			return (name.length() > 200) ? TextInput.TOO_LONG : TextInput.problem(name);
		}

		/** A field name fit to repeat in a message. */
		private static String printable(String name) {
			String shown = name.codePoints()
				.filter((c) -> !Character.isISOControl(c) && Character.isDefined(c))
				.limit(60)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
			return shown.isEmpty() ? "?" : shown;
		}

	}

}
