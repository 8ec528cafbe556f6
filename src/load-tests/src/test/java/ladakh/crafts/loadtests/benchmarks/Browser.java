package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser against the marketplace: its own cookies (the session and the CSRF
 * cookie), signed in through the sign-in form as a person would, redirects not followed
 * (a redirect is an answer of its own).
 */
final class Browser {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Function<String, URI> uri;

	Browser(Function<String, URI> uri) {
		this.uri = uri;
	}

	/**
	 * Signs in with the sign-in form.
	 * @throws IllegalStateException when the marketplace did not sign this person in
	 */
	Browser signIn(String login, String password) throws IOException, InterruptedException {
		HttpResponse<String> answer = submit("/login", "/login", Map.of("username", login, "password", password));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException(
					"Signing in as " + login + " answered " + answer.statusCode() + " to " + location);
		}
		return this;
	}

	/**
	 * Sends a form as a person does: the page that shows it first, for its CSRF token.
	 * @param page the page with the form
	 * @param action where the form posts
	 * @param fields the form's fields
	 * @return the answer, redirects not followed
	 */
	HttpResponse<String> submit(String page, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Answer shown = get(page);
		Matcher csrf = CSRF_FIELD.matcher(shown.body());
		if (!csrf.find()) {
			throw new IllegalStateException(page + " has no CSRF field: " + shown.status());
		}
		StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
		fields.forEach((name, value) -> form.append('&').append(name).append('=').append(encode(value)));
		return this.client.send(HttpRequest.newBuilder(this.uri.apply(action))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET, timed from sending to the whole body read. */
	Answer get(String pathAndQuery) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.uri.apply(pathAndQuery))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
			.GET()
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started),
				response.headers().firstValue("Location").orElse(null));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param body the body as text
	 * @param took from sending to the last byte
	 * @param location where a redirect points, else null
	 */
	record Answer(int status, String body, Duration took, String location) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/** A redirect that is the page's own answer, not a request to sign in. */
		boolean redirectsElsewhereThanSignIn() {
			return this.status >= 300 && this.status < 400 && this.location != null
					&& !this.location.contains("/login");
		}

	}

}
