package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form a person opens afresh shows no error, warning or success message.
 */
@WebIntegrationTest
class FormPagesWithoutAlertsTests extends MongoBackedTest {

	@Autowired
	WebTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/signup", "/register/artisan", "/register/status", "/verify" })
	void aFreshFormShowsNoAlert(String page) {
		String body = this.http.get()
			.uri(page)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("class=\"alert ");
	}

}
