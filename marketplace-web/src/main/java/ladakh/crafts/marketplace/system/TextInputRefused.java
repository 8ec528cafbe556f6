package ladakh.crafts.marketplace.system;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form field or JSON value that no field may hold (see
 * {@link ladakh.crafts.marketplace.shared.TextInput}): 400 naming the field. The message
 * code and the field are the page's message; the API's problem lists the field under
 * {@code errors}.
 */
class TextInputRefused extends ResponseStatusException {

	TextInputRefused(String field, String code, String english) {
		super(HttpStatus.BAD_REQUEST, english, null, code, new Object[] { field });
		getBody().setDetail(english);
		getBody().setProperty("errors", List.of(Map.of("field", field, "message", english)));
	}

	static TextInputRefused of(String field, String code) {
		String english = ladakh.crafts.marketplace.shared.TextInput.TOO_LONG.equals(code)
				? "The field " + field + " is too long." : "The field " + field
						+ " contains a control character (such as NUL or ESC); remove it and send again.";
		return new TextInputRefused(field, code, english);
	}

}
