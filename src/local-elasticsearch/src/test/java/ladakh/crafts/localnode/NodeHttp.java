package ladakh.crafts.localnode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the REST API for the tests, over the JDK's HTTP client.
 */
final class NodeHttp {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI base;

	NodeHttp(URI base) {
		this.base = base;
	}

	Response get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET());
	}

	Response delete(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).DELETE());
	}

	Response post(String path, String json) {
		return send(request(path, json).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Response put(String path, String json) {
		return send(request(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	List<String> analyze(String json) {
		Response response = post("/_analyze", json);
		if (response.status() != 200) {
			throw new IllegalStateException("_analyze failed: " + response);
		}
		Matcher matcher = TOKEN.matcher(response.body());
		return matcher.results().map((result) -> result.group(1)).toList();
	}

	private HttpRequest.Builder request(String path, String json) {
		return HttpRequest.newBuilder(this.base.resolve(path)).header("Content-Type", "application/json");
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body) {
	}

}
