package ladakh.crafts.marketplace.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser over real HTTP: keeps cookies, takes the CSRF token from the last page's
 * form, and never follows redirects by itself.
 */
final class Browser {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final WebTestClient client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final HttpHeaders extraHeaders = new HttpHeaders();

	private String csrf;

	Browser(WebTestClient client) {
		this.client = client;
		this.extraHeaders.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	Browser header(String name, String value) {
		this.extraHeaders.set(name, value);
		return this;
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	void forget(String name) {
		this.cookies.remove(name);
	}

	void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	EntityExchangeResult<String> get(String path) {
		EntityExchangeResult<String> result = this.client.get()
			.uri(path)
			.headers(this::addHeaders)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		remember(result);
		return result;
	}

	EntityExchangeResult<String> post(String path, Map<String, String> form) {
		return post(path, form, true);
	}

	EntityExchangeResult<String> post(String path, Map<String, String> form, boolean withCsrf) {
		MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
		form.forEach(data::add);
		if (withCsrf) {
			if (this.csrf == null) {
				get("/login");
			}
			data.add("_csrf", this.csrf);
		}
		EntityExchangeResult<String> result = this.client.post()
			.uri(path)
			.headers(this::addHeaders)
			.body(BodyInserters.fromFormData(data))
			.exchange()
			.expectBody(String.class)
			.returnResult();
		remember(result);
		return result;
	}

	/** Signs in through the login form and returns the response to the POST. */
	EntityExchangeResult<String> signIn(String login, String password) {
		get("/login");
		return post("/login", Map.of("username", login, "password", password));
	}

	static void redirectsTo(EntityExchangeResult<?> result, String location) {
		assertThat(result.getStatus().value()).as("302 Found or 303 See Other").isIn(302, 303);
		assertThat(result.getResponseHeaders().getLocation()).hasToString(location);
	}

	private void addHeaders(HttpHeaders headers) {
		headers.addAll(this.extraHeaders);
		this.cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
	}

	private void remember(EntityExchangeResult<String> result) {
		result.getResponseCookies().forEach((name, values) -> values.forEach(rememberCookie()));
		String body = result.getResponseBody();
		if (body != null) {
			Matcher matcher = CSRF_FIELD.matcher(body);
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
		}
	}

	private Consumer<ResponseCookie> rememberCookie() {
		return (cookie) -> {
			if (cookie.getValue().isEmpty() || cookie.getMaxAge().isZero()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		};
	}

}
