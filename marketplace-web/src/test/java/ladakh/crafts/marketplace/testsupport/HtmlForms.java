package ladakh.crafts.marketplace.testsupport;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A page or a form's answer as a browser gets it, for one person ({@code null}: a
 * visitor), with the status it must have: the page tests' common steps.
 */
public final class HtmlForms {

	private final WebTestClient http;

	public HtmlForms(WebTestClient http) {
		this.http = http;
	}

	/** The page's HTML, after checking its status. */
	public String page(MarketplaceUser person, String path, int status) {
		return as(person).get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** The answer to a form sent with its CSRF token, after checking its status. */
	public String post(MarketplaceUser person, String path, MultiValueMap<String, String> form, int status) {
		return as(person).mutateWith(csrf())
			.post()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient as(MarketplaceUser person) {
		return (person != null) ? this.http.mutateWith(SignedIn.as(person)) : this.http;
	}

}
