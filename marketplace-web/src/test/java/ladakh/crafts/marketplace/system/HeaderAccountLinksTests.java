package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header offers sign-in to visitors, and to a signed-in person their own start page
 * and a way to sign out.
 */
@MockServerTest
class HeaderAccountLinksTests {

	@Autowired
	WebTestClient http;

	@Test
	void visitorsAreOfferedSignInAndSignUp() {
		String page = home(this.http);
		assertThat(page).contains("href=\"/login\"").contains("href=\"/signup\"").doesNotContain("action=\"/logout\"");
		assertThat(page).as("the layout gives every page its body").contains("<body>", "</body>");
	}

	@Test
	void signedInPeopleSeeTheirStartPageAndCanSignOut() {
		assertThat(home(signedIn(SignedIn.officer()))).contains("href=\"/staff\"")
			.contains("action=\"/logout\"")
			.contains("name=\"_csrf\"")
			.doesNotContain("href=\"/login\"");
		assertThat(home(signedIn(SignedIn.seller("art-0001")))).contains("href=\"/seller\"");
		assertThat(home(signedIn(SignedIn.admin()))).contains("href=\"/admin/users\"");
		assertThat(home(signedIn(SignedIn.buyer()))).contains("href=\"/account\"");
		assertThat(home(signedIn(SignedIn.accounts()))).as("the treasury is theirs, not the console")
			.contains("href=\"/staff/treasury\"");
	}

	/**
	 * The footer gives the department's real contact, from its own published notice, and
	 * invites makers to register; the style guide is for the team, not linked publicly.
	 */
	@Test
	void theFooterGivesTheDepartmentsContact() {
		String page = home(this.http);
		assertThat(page).contains("Office of the Assistant Director Handicrafts, near the new bus stand, Leh",
				"Working days, 10 am to 4 pm", "href=\"tel:+911982252159\">01982-252159<", "href=\"/register/artisan\"")
			.doesNotContain("href=\"/style\"");
		String hindi = this.http.get()
			.uri("/?lang=hi")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(hindi).contains("सहायक निदेशक हस्तशिल्प का कार्यालय", "01982-252159");
	}

	/** A page that is not there keeps the header of whoever is signed in. */
	@Test
	void theNotFoundPageKnowsWhoIsSignedIn() {
		String page = signedIn(SignedIn.buyer()).get()
			.uri("/no-such-page")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("href=\"/account\"", "action=\"/logout\"", "name=\"_csrf\"")
			.doesNotContain("href=\"/login\"");
	}

	/**
	 * An address the firewall refuses gets the site's own page, not the browser's bare
	 * error.
	 */
	@Test
	void anAddressTheFirewallRefusesGetsAPage() {
		String page = this.http.get()
			.uri("/verify/%25%25")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).isNotNull().contains("<main", "href=\"/\"");
	}

	@Test
	void theHeaderSpeaksHindi() {
		String page = this.http.get()
			.uri("/?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("साइन इन करें");
	}

	private WebTestClient signedIn(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user));
	}

	private static String home(WebTestClient client) {
		return client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
