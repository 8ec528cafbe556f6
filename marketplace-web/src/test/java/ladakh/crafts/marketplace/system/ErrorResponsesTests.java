package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.TestOnlyRoutes;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class ErrorResponsesTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Test
	void anUnknownPageAnswersTheNotFoundPageInTheLayout() {
		String html = html("/no/such/page", HttpStatus.NOT_FOUND);

		assertThat(html).contains("Page not found").contains("class=\"site-header\"").contains("class=\"site-footer\"");
	}

	@Test
	void theNotFoundPageSpeaksHindi() {
		assertThat(html("/no/such/page?lang=hi", HttpStatus.NOT_FOUND)).contains("<html lang=\"hi\"")
			.contains("पृष्ठ नहीं मिला");
	}

	@Test
	void anUnknownApiPathAnswersProblemDetailJson() {
		this.client.get()
			.uri("/api/v1/nope")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.title")
			.isEqualTo("Not Found")
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/nope");
	}

	@Test
	void aClientThatAsksForJsonGetsProblemDetailOutsideTheApiToo() {
		this.client.get()
			.uri("/no/such/page")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aFailingPageRendersTheServerErrorPageWithoutTheStackTrace() {
		String html = html("/test-only/boom", HttpStatus.INTERNAL_SERVER_ERROR);

		assertThat(html).contains("Something went wrong")
			.doesNotContain(TestOnlyRoutes.SECRET_DETAIL)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at ladakh.")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aFailingApiAnswersAGenericProblemWithoutTheStackTrace() {
		String body = this.client.get()
			.uri("/api/v1/test-only/boom")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(body).contains("Something went wrong on our side")
			.doesNotContain(TestOnlyRoutes.SECRET_DETAIL)
			.doesNotContain("IllegalStateException")
			.doesNotContain("trace");
	}

	@Test
	void invalidApiInputAnswersBadRequestListingEveryInvalidField() {
		this.client.get()
			.uri("/api/v1/test-only/echo?name=&quantity=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[?(@.field == 'quantity')].message")
			.exists()
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.exists();
	}

	@Test
	void aRefusalAnswersItsMessageEachFieldItsFactsAndWhenToRetry() {
		this.client.get()
			.uri("/api/v1/test-only/refused")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("Retry-After", "30")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The request has invalid fields: phone, listingId.")
			.jsonPath("$.code")
			.isEqualTo("orders.error.fields")
			.jsonPath("$.orderId")
			.isEqualTo("ord-1")
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[?(@.field == 'phone')].message")
			.isEqualTo("Enter a 10-digit mobile number.")
			.jsonPath("$.errors[?(@.field == 'listingId')].message")
			.value((message) -> assertThat(message.toString()).contains("Pashmina shawl", "cannot be bought")
				.doesNotContain("पश्मीना", "LocalizedText"));
	}

	@Test
	void validApiInputIsServed() {
		this.client.get()
			.uri("/api/v1/test-only/echo?name=namda&quantity=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.quantity")
			.isEqualTo(2);
	}

	@Test
	void aPageThatNoSecurityRuleMentionsIsForbiddenEvenToASignedInAccount() {
		String html = this.client.get()
			.uri("/unruled/page")
			.accept(MediaType.TEXT_HTML)
			.headers((headers) -> headers.setBasicAuth("metrics", "scrape-me"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("Not allowed").doesNotContain("should never be seen");
	}

	@Test
	void anAnonymousVisitorOfAClosedPageIsSentToTheLoginPage() {
		this.client.get()
			.uri("/unruled/page")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login")
			.expectBody(String.class)
			.value((body) -> assertThat(body).isNull());
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() {
		this.client.post()
			.uri("/api/v1/nope")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anyOtherClientErrorAnswersTheGenericClientErrorPage() {
		String html = html("/test-only/conflict", HttpStatus.CONFLICT);

		assertThat(html).contains("Request not understood");
	}

	private String html(String uri, HttpStatus status) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
