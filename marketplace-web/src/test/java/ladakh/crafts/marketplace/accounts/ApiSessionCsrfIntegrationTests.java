package ladakh.crafts.marketplace.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md, "1. The browser session", step by step as a script would follow it: a
 * cookie jar and nothing else (no page, no form parsing).
 */
@WebIntegrationTest
class ApiSessionCsrfIntegrationTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	private final Map<String, String> jar = new LinkedHashMap<>();

	@Test
	void aScriptSignsInAndWritesWithTheTokenItAskedFor() {
		MarketplaceUser buyer = new TestAccounts(this.accounts).create("api-csrf", Role.BUYER);

		// 1. Ask for the token; keep the cookies.
		EntityExchangeResult<Map> first = csrf();
		assertThat(first.getResponseBody()).containsEntry("headerName", "X-XSRF-TOKEN")
			.containsEntry("parameterName", "_csrf")
			.containsKey("token");
		assertThat(this.jar).containsKey("XSRF-TOKEN");

		// 2. Sign in through the login form with that token.
		EntityExchangeResult<Void> login = this.client.post()
			.uri("/login")
			.headers(this::cookies)
			.body(BodyInserters.fromFormData("username", buyer.login())
				.with("password", TestAccounts.PASSWORD)
				.with("_csrf", (String) first.getResponseBody().get("token")))
			.exchange()
			.expectBody(Void.class)
			.returnResult();
		keep(login);
		assertThat(login.getStatus().value()).isEqualTo(302);
		assertThat(login.getResponseHeaders().getLocation()).hasToString("/");
		assertThat(this.jar).containsKey("SESSION");

		// 3. Ask again, then write with the token in X-XSRF-TOKEN.
		String token = (String) csrf().getResponseBody().get("token");
		this.client.delete()
			.uri("/api/v1/cart/items/lst-api-csrf")
			.headers(this::cookies)
			.header("X-XSRF-TOKEN", token)
			.exchange()
			.expectStatus()
			.isOk();
		this.client.delete()
			.uri("/api/v1/cart/items/lst-api-csrf")
			.headers(this::cookies)
			.header("X-XSRF-TOKEN", token)
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/v1/me")
			.headers(this::cookies)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.login")
			.isEqualTo(buyer.login());

		// Without the token, or with the cookie's value instead of it: 403.
		this.client.delete()
			.uri("/api/v1/cart/items/lst-api-csrf")
			.headers(this::cookies)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.delete()
			.uri("/api/v1/cart/items/lst-api-csrf")
			.headers(this::cookies)
			.header("X-XSRF-TOKEN", this.jar.get("XSRF-TOKEN"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@SuppressWarnings("rawtypes")
	private EntityExchangeResult<Map> csrf() {
		EntityExchangeResult<Map> result = this.client.get()
			.uri("/api/v1/csrf")
			.headers(this::cookies)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult();
		keep(result);
		return result;
	}

	private void cookies(HttpHeaders headers) {
		this.jar.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
	}

	private void keep(EntityExchangeResult<?> result) {
		result.getResponseCookies().forEach((name, cookies) -> cookies.forEach((cookie) -> {
			if (cookie.getValue().isEmpty() || cookie.getMaxAge().isZero()) {
				this.jar.remove(name);
			}
			else {
				this.jar.put(name, cookie.getValue());
			}
		}));
	}

}
