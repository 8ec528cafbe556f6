package ladakh.crafts.marketplace.system;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
		assertThat(home(signedIn(SignedIn.accounts()))).as("the console is not theirs")
			.contains("href=\"/staff/shgs\"");
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
