package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class SecurityTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Test
	void pagesCarryTheSecurityHeaders() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
	}

	@Test
	void errorPagesCarryTheSecurityHeadersToo() {
		this.client.get()
			.uri("/no/such/page")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void prometheusChallengesAnonymousScrapersForBasicAuth() {
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
	}

	@Test
	void prometheusServesTheMetricsUserAndRefusesAWrongPassword() {
		this.client.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBasicAuth("metrics", "scrape-me"))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.headers((headers) -> headers.setBasicAuth("metrics", "guess"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void otherActuatorEndpointsNeedAdminButHealthAndInfoAreOpen() {
		this.client.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void theMetricsAccountReachesThePrometheusEndpointAndNothingElse() {
		metrics("/actuator/prometheus").expectStatus().isOk();
		for (String path : new String[] { "/admin/users", "/api/v1/admin/search/status", "/actuator", "/account",
				"/api/v1/me", "/staff" }) {
			metrics(path).expectStatus().isForbidden();
		}
	}

	private WebTestClient.ResponseSpec metrics(String path) {
		return this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBasicAuth("metrics", "scrape-me"))
			.exchange();
	}

	@Test
	void theInfoEndpointNamesNeitherTheJvmNorTheOperatingSystem() {
		String info = this.client.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(info).contains("Ladakh Crafts marketplace")
			.doesNotContain("\"java\"")
			.doesNotContain("\"os\"")
			.doesNotContain(System.getProperty("java.version"))
			.doesNotContain(System.getProperty("os.version"));
	}

	@Test
	void theCsrfCookieIsSameSiteLaxAndHttpOnly() {
		ResponseCookie cookie = this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.isHttpOnly()).isTrue();
	}

	@Test
	void anApiEndpointThatNoRuleMentionsIsClosedToEveryMethod() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.HEAD }) {
			this.client.method(method).uri("/api/v1/unruled").exchange().expectStatus().isUnauthorized();
		}
		// A functional route serves no OPTIONS: there is nothing there for it.
		this.client.options().uri("/api/v1/unruled").exchange().expectStatus().isNotFound();
	}

	@Test
	void headGetsTheRuleOfGetUnderTheApiAndNeverAServerError() {
		this.client.head().uri("/api/v1/admin/search/status").exchange().expectStatus().isUnauthorized();
		this.client.head().uri("/api/v1/orders").exchange().expectStatus().isUnauthorized();
		this.client.head().uri("/api/v1/orders/ord-nobody").exchange().expectStatus().isUnauthorized();
		this.client.head().uri("/api/v1/search?q=namda").exchange().expectStatus().isOk();
	}

	@Test
	void anUnknownApiPathStillAnswersProblemDetail404ToEveryMethod() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS }) {
			this.client.method(method).uri("/api/v1/no-such-thing").exchange().expectStatus().isNotFound();
		}
		this.client.get()
			.uri("/api/v1/no-such-thing")
			.exchange()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void staticAssetsAreCacheable() {
		this.client.get()
			.uri("/css/site.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/css")
			.expectHeader()
			.cacheControl(WebConfiguration.ASSET_CACHE);
		this.client.get()
			.uri("/img/favicon.svg")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.valueOf("image/svg+xml"));
	}

	@Test
	void theIcoFaviconPathLeadsToTheSvgIcon() {
		this.client.get()
			.uri("/favicon.ico")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.MOVED_PERMANENTLY)
			.expectHeader()
			.location("/img/favicon.svg");
	}

	@Test
	void formsOnPagesCarryTheCsrfToken() {
		this.client.get()
			.uri("/style")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
				.as("the GET search form must not leak the token into URLs")
				.doesNotContainPattern("action=\"/search\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\""));
	}

}
