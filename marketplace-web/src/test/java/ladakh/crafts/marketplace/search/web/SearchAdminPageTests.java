package ladakh.crafts.marketplace.search.web;

import java.time.Duration;

import ladakh.crafts.catalog.index.CatalogIndexProperties;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The staff page of the search index, in English and Hindi, its JSON status and the
 * rebuild request.
 */
@MockServerTest
class SearchAdminPageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	CatalogIndexProperties index;

	@Test
	void anOfficerSeesTheIndexHealthLagAndRebuildForm() {
		String page = page("/admin/search", "en");
		assertThat(page).contains("Search index")
			.contains(this.index.alias())
			.contains("Sync lag")
			.contains("Listings waiting to be indexed")
			.contains("Rebuild now")
			.contains("name=\"_csrf\"")
			.contains("/js/search-admin.js")
			.doesNotContain("<script>");
	}

	@Test
	void thePageSpeaksHindi() {
		assertThat(page("/admin/search", "hi")).contains("खोज सूचकांक").contains("अभी पुनर्निर्माण करें");
	}

	@Test
	void theStatusEndpointAnswersJsonWithTheIndexAndSyncFigures() {
		this.http.mutateWith(SignedIn.as(SignedIn.admin()))
			.get()
			.uri("/api/v1/admin/search/status")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alias")
			.isEqualTo(this.index.alias())
			.jsonPath("$.health")
			.value((health) -> assertThat((String) health).isIn("green", "yellow"))
			.jsonPath("$.lagSeconds")
			.isNumber()
			.jsonPath("$.dirtyCount")
			.isNumber();
	}

	@Test
	void aRebuildRequestIsAcceptedAndThenShownAsProgressOrAsTheLastRebuild() {
		String location = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/admin/search/rebuild")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).isIn("/admin/search?done=requested", "/admin/search?done=busy");
		assertThat(page(location, "en")).containsAnyOf("A rebuild has been requested", "already requested or running");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(page("/admin/search", "en")).contains("Last rebuild").doesNotContain("<progress"));
	}

	@Test
	void aBuyerMayNotSeeThePage() {
		this.http.mutateWith(SignedIn.as(SignedIn.buyer()))
			.get()
			.uri("/admin/search")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private String page(String path, String language) {
		byte[] body = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, java.nio.charset.StandardCharsets.UTF_8);
	}

}
