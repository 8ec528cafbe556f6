package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.shared.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON bodies' share of the edge checks (docs/decisions/0033), on the application's
 * own JsonMapper (Jackson 3), so every JSON body is read alike: a fraction where a whole
 * number is expected ({@code "amountMinor": 10.5}) is refused instead of truncated, and
 * every string passes {@link TextInput}. The refusal names the field
 * ({@link #field(Throwable)}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

	@Bean
	JsonMapperBuilderCustomizer textAndWholeNumbersInJson() {
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.addModule(new SimpleModule("text-input").addDeserializer(String.class, new CheckedString()));
	}

	/**
	 * The JSON field a failed read is about ({@code price.amountMinor},
	 * {@code materials[2]}), or null when the body is not JSON at all.
	 */
	static String field(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				StringBuilder field = new StringBuilder();
				for (JacksonException.Reference reference : json.getPath()) {
					if (reference.getPropertyName() != null) {
						if (!field.isEmpty()) {
							field.append('.');
						}
						field.append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						field.append('[').append(reference.getIndex()).append(']');
					}
				}
				return field.isEmpty() ? null : printable(field.toString());
			}
		}
		return null;
	}

	/**
	 * What was wrong with the field, without repeating what was sent (it may be
	 * anything).
	 */
	static String expected(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
				return "send text without control characters (such as NUL or ESC), of at most " + TextInput.MAX_LENGTH
						+ " characters";
			}
			if (cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
					&& mismatch.getTargetType() != null) {
				Class<?> type = mismatch.getTargetType();
				if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
					return "send a whole number (no fraction, within range)";
				}
				if (type == Boolean.class || type == boolean.class) {
					return "send true or false";
				}
				if (Number.class.isAssignableFrom(type)) {
					return "send a number";
				}
				if (type == String.class) {
					return "send text";
				}
				if (java.util.Collection.class.isAssignableFrom(type)) {
					return "send a list";
				}
				return "send an object";
			}
		}
		return "send a value of the documented type";
	}

	/** A field name fit to repeat in a message (names are the client's too). */
	private static String printable(String name) {
		String shown = name.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return shown.isEmpty() ? "?" : shown;
	}

	/** Jackson's own string reading, then {@link TextInput}. */
	private static final class CheckedString extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			String problem = TextInput.problem(value);
			if (problem != null) {
				throw InvalidFormatException.from(parser,
						TextInput.TOO_LONG.equals(problem) ? "text too long" : "text with a control character", null,
						String.class);
			}
			return value;
		}

	}

}
