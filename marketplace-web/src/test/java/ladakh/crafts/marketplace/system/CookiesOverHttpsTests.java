package ladakh.crafts.marketplace.system;

import java.util.List;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTPS every cookie is Secure, also where TLS ended at a trusted proxy (the mock
 * request has an https address and no TLS of its own, as such a request does); over plain
 * HTTP (a development machine) they are not, or the browser would drop them.
 */
@MockServerTest
class CookiesOverHttpsTests {

	@Autowired
	WebTestClient http;

	@Test
	void theCsrfAndLanguageCookiesAreSecureOnAnHttpsRequest() {
		List<String> cookies = setCookies("https://marketplace.example/?lang=hi");
		assertThat(cookies).anyMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.anyMatch((cookie) -> cookie.startsWith("lang=hi"))
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	void overPlainHttpTheyAreNot() {
		List<String> cookies = setCookies("http://localhost/?lang=hi");
		assertThat(cookies).anyMatch((cookie) -> cookie.startsWith("lang=hi"))
			.noneMatch((cookie) -> cookie.toLowerCase().contains("; secure"));
	}

	@Test
	void anHttpsAnswerTellsTheBrowserToStayOnHttps() {
		this.http.get()
			.uri("https://marketplace.example/")
			.exchange()
			.expectHeader()
			.value("Strict-Transport-Security", (hsts) -> assertThat(hsts).startsWith("max-age="));
	}

	private List<String> setCookies(String uri) {
		List<String> cookies = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.get(HttpHeaders.SET_COOKIE);
		assertThat(cookies).as("cookies set by the home page").isNotEmpty();
		return cookies;
	}

}
