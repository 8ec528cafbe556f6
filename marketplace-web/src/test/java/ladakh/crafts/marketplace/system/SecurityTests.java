package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
