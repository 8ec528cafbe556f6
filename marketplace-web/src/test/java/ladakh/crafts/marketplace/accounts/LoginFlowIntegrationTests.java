package ladakh.crafts.marketplace.accounts;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.system.session.MongoSessionRepository;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class LoginFlowIntegrationTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	ReactiveMongoTemplate mongo;

	MarketplaceUser buyer;

	@BeforeEach
	void buyer() {
		this.buyer = new TestAccounts(this.accounts).create("buyer", Role.BUYER);
	}

	@Test
	void signingInChangesTheSessionIdAndReturnsToThePageThatAskedForIt() {
		Browser browser = new Browser(this.client);
		Browser.redirectsTo(browser.get("/account"), "/login");
		String before = browser.cookie("SESSION");
		assertThat(before).as("the saved request lives in a session").isNotNull();

		EntityExchangeResult<String> login = browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);

		Browser.redirectsTo(login, "/account");
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.getValue()).isNotEqualTo(before);
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		assertThat(session.isSecure()).as("plain http").isFalse();
		assertThat(browser.get("/account").getResponseBody()).contains(this.buyer.login());
		browser.setCookie("SESSION", before);
		Browser.redirectsTo(browser.get("/account"), "/login");
	}

	@Test
	void theSessionCookieIsSecureBehindATlsProxy() {
		Browser browser = new Browser(this.client).header("X-Forwarded-Proto", "https");
		EntityExchangeResult<String> login = browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		assertThat(login.getStatus().value()).isEqualTo(302);
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		assertThat(session.isSecure()).isTrue();
		assertThat(session.isHttpOnly()).isTrue();
	}

	@Test
	void aBuyerWithoutASavedPageLandsOnTheHomePageAndAMobileLoginMayBeTypedWithPlus91() {
		MarketplaceUser mobile = this.accounts
			.create(new NewAccount(new LoginName(
					"9" + "%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000))),
					"Mobile buyer", TestAccounts.PASSWORD, java.util.Set.of(Role.BUYER), null))
			.block();
		String typed = "+91 " + mobile.login().substring(0, 5) + " " + mobile.login().substring(5);
		Browser.redirectsTo(new Browser(this.client).signIn(typed, TestAccounts.PASSWORD), "/");
	}

	@Test
	void signingOutEndsTheSessionForGood() {
		Browser browser = new Browser(this.client);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		String session = browser.cookie("SESSION");
		assertThat(browser.get("/account").getStatus().value()).isEqualTo(200);

		Browser.redirectsTo(browser.post("/logout", Map.of()), "/login?signedOut");

		assertThat(this.mongo.findById(session, Document.class, MongoSessionRepository.COLLECTION).block()).isNull();
		browser.setCookie("SESSION", session);
		Browser.redirectsTo(browser.get("/account"), "/login");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		Browser browser = new Browser(this.client);
		browser.get("/login");
		assertThat(
				browser.post("/login", Map.of("username", this.buyer.login(), "password", TestAccounts.PASSWORD), false)
					.getStatus()
					.value())
			.isEqualTo(403);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		assertThat(browser.post("/logout", Map.of(), false).getStatus().value()).isEqualTo(403);
		assertThat(browser.get("/account").getStatus().value()).as("still signed in").isEqualTo(200);
	}

	@Test
	void sessionsLiveInMongoDb() {
		Browser browser = new Browser(this.client);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		String session = browser.cookie("SESSION");
		Document stored = this.mongo.findById(session, Document.class, MongoSessionRepository.COLLECTION).block();
		assertThat(stored).isNotNull();
		assertThat(stored.getString("principal")).isEqualTo(this.buyer.login());
		assertThat(stored.getDate("expireAt")).isAfter(new Date());
		assertThat(browser.get("/account").getStatus().value()).isEqualTo(200);

		this.mongo.remove(Query.query(Criteria.where("_id").is(session)), MongoSessionRepository.COLLECTION).block();
		Browser.redirectsTo(browser.get("/account"), "/login");
	}

	@Test
	void anExpiredSessionDocumentCountsAsNoSession() {
		Browser browser = new Browser(this.client);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		String session = browser.cookie("SESSION");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(session)),
				org.springframework.data.mongodb.core.query.Update.update("expireAt",
						new Date(System.currentTimeMillis() - 1000)),
				MongoSessionRepository.COLLECTION)
			.block();
		Browser.redirectsTo(browser.get("/account"), "/login");
	}

	@Test
	void fiveWrongPasswordsMakeTheAccountWaitEvenForTheRightOne() {
		Browser attacker = new Browser(this.client).header("X-Forwarded-For", "203.0.113.7");
		for (int i = 0; i < 5; i++) {
			Browser.redirectsTo(attacker.signIn(this.buyer.login(), "wrong password " + i), "/login?error");
		}
		EntityExchangeResult<String> refused = attacker.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		Browser.redirectsTo(refused, "/login?throttled=15");
		assertThat(attacker.get("/login?throttled=15").getResponseBody())
			.contains("Too many attempts; try again in 15 minutes.");
		assertThat(refused.getResponseCookies().getFirst("SESSION")).isNull();

		Browser owner = new Browser(this.client).header("X-Forwarded-For", "198.51.100.9");
		Browser.redirectsTo(owner.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/login?throttled=15");

		MarketplaceUser other = new TestAccounts(this.accounts).create("other", Role.BUYER);
		Browser.redirectsTo(owner.signIn(other.login(), TestAccounts.PASSWORD), "/");
	}

	@Test
	void theWaitEndsWithTheWindowAndASuccessClearsTheCount() {
		Browser browser = new Browser(this.client).header("X-Forwarded-For", "192.0.2.44");
		for (int i = 0; i < 5; i++) {
			browser.signIn(this.buyer.login(), "wrong password " + i);
		}
		Browser.redirectsTo(browser.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/login?throttled=15");

		// Fifteen minutes pass: the window began before them.
		moveWindowBack(LoginThrottle.loginKey(this.buyer.login()), Duration.ofMinutes(16));
		Browser.redirectsTo(browser.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/");
		assertThat(this.mongo
			.findById(LoginThrottle.loginKey(this.buyer.login()), Document.class, LoginAttemptRepository.COLLECTION)
			.block()).as("a success clears the account's count").isNull();

		Browser fresh = new Browser(this.client).header("X-Forwarded-For", "192.0.2.45");
		for (int i = 0; i < 4; i++) {
			fresh.signIn(this.buyer.login(), "wrong again " + i);
		}
		Browser.redirectsTo(fresh.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/");
	}

	@Test
	void manyFailuresFromOneAddressMakeThatAddressWait() {
		String address = "192.0.2.99";
		Browser browser = new Browser(this.client).header("X-Forwarded-For", address);
		for (int i = 0; i < 20; i++) {
			browser.signIn(TestAccounts.uniqueEmail("nobody"), "guess " + i);
		}
		Browser.redirectsTo(browser.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/login?throttled=15");
		Browser.redirectsTo(new Browser(this.client).header("X-Forwarded-For", "192.0.2.100")
			.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/");
	}

	@Test
	void theApiAnswersHttpBasicAndRefusesAWrongPasswordWithProblemDetail() {
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBasicAuth(this.buyer.login(), TestAccounts.PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.login")
			.isEqualTo(this.buyer.login())
			.jsonPath("$.roles[0]")
			.isEqualTo("BUYER")
			.jsonPath("$.passwordHash")
			.doesNotExist();
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBasicAuth(this.buyer.login(), "not the password"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
	}

	@Test
	void fiveWrongPasswordsOverHttpBasicMakeTheAccountWaitWithA429() {
		for (int i = 0; i < 5; i++) {
			basicMe(this.buyer.login(), "wrong password " + i, "203.0.113.21").expectStatus().isUnauthorized();
		}
		basicMe(this.buyer.login(), TestAccounts.PASSWORD, "203.0.113.21").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueMatches(HttpHeaders.RETRY_AFTER, "\\d+")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("try again in 15 minutes"));
		// The count is the account's, shared with the login form, whatever the address.
		basicMe(this.buyer.login(), TestAccounts.PASSWORD, "198.51.100.21").expectStatus().isEqualTo(429);
		Browser.redirectsTo(new Browser(this.client).header("X-Forwarded-For", "198.51.100.22")
			.signIn(this.buyer.login(), TestAccounts.PASSWORD), "/login?throttled=15");
		MarketplaceUser other = new TestAccounts(this.accounts).create("other-basic", Role.BUYER);
		basicMe(other.login(), TestAccounts.PASSWORD, "203.0.113.21").expectStatus().isOk();
	}

	@Test
	void aRightPasswordOverHttpBasicClearsTheAccountsCount() {
		for (int i = 0; i < 4; i++) {
			basicMe(this.buyer.login(), "wrong password " + i, "203.0.113.31").expectStatus().isUnauthorized();
		}
		basicMe(this.buyer.login(), TestAccounts.PASSWORD, "203.0.113.31").expectStatus().isOk();
		assertThat(this.mongo
			.findById(LoginThrottle.loginKey(this.buyer.login()), Document.class, LoginAttemptRepository.COLLECTION)
			.block()).isNull();
	}

	@Test
	void aWrongBasicPasswordIsAnswered401OnEveryPathAndEachOneCounts() {
		// Pages, public pages and the metrics endpoint included: a 302 to the login page
		// there was counted as a success (clearing the count) and told a guesser that a
		// password was wrong where a right one answered 200.
		List<String> paths = List.of("/account", "/", "/search", "/actuator/prometheus", "/api/v1/me");
		for (int i = 0; i < 5; i++) {
			basic(paths.get(i), this.buyer.login(), "wrong password " + i, "203.0.113.41").expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
		}
		basic("/account", this.buyer.login(), TestAccounts.PASSWORD, "203.0.113.41").expectStatus().isEqualTo(429);
	}

	@Test
	void aRightBasicPasswordClearsTheCountWhateverThePathAnswers() {
		for (int i = 0; i < 4; i++) {
			basic("/account", this.buyer.login(), "wrong password " + i, "203.0.113.42").expectStatus()
				.isUnauthorized();
		}
		// Signed in, but the path is not the buyer's: still a real sign-in.
		basic("/admin/users", this.buyer.login(), TestAccounts.PASSWORD, "203.0.113.42").expectStatus().isForbidden();
		assertThat(this.mongo
			.findById(LoginThrottle.loginKey(this.buyer.login()), Document.class, LoginAttemptRepository.COLLECTION)
			.block()).isNull();
	}

	private WebTestClient.ResponseSpec basicMe(String login, String password, String address) {
		return basic("/api/v1/me", login, password, address);
	}

	private WebTestClient.ResponseSpec basic(String path, String login, String password, String address) {
		return this.client.get()
			.uri(path)
			.header("X-Forwarded-For", address)
			.headers((headers) -> headers.setBasicAuth(login, password))
			.exchange();
	}

	@Test
	void theApiAcceptsTheBrowserSession() {
		Browser browser = new Browser(this.client);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		EntityExchangeResult<String> me = browser.get("/api/v1/me");
		assertThat(me.getStatus().value()).isEqualTo(200);
		assertThat(me.getResponseBody()).contains("\"login\":\"" + this.buyer.login() + "\"");
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		MarketplaceUser admin = new TestAccounts(this.accounts).create("admin", Role.ADMIN);
		Browser browser = new Browser(this.client);
		browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		this.accounts.setEnabled(admin, this.buyer.id(), false, "test").block();
		Browser.redirectsTo(browser.get("/account"), "/login");
		Browser.redirectsTo(new Browser(this.client).signIn(this.buyer.login(), TestAccounts.PASSWORD), "/login?error");
	}

	private void moveWindowBack(String key, Duration by) {
		Document attempts = this.mongo.findById(key, Document.class, LoginAttemptRepository.COLLECTION).block();
		Date start = attempts.getDate("windowStart");
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(key)), org.springframework.data.mongodb.core.query.Update
				.update("windowStart", new Date(start.getTime() - by.toMillis())), LoginAttemptRepository.COLLECTION)
			.block();
	}

	static List<String> none() {
		return List.of();
	}

}
