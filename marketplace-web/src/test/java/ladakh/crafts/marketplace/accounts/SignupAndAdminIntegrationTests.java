package ladakh.crafts.marketplace.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class SignupAndAdminIntegrationTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	SellerAccounts sellerAccounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aBuyerSignsUpAndIsSignedIn() {
		String login = TestAccounts.uniqueEmail("Signup").toUpperCase();
		Browser browser = new Browser(this.client);
		browser.get("/signup");
		EntityExchangeResult<String> result = browser.post("/signup", Map.of("name", "Padma", "login", login,
				"password", TestAccounts.PASSWORD, "confirm", TestAccounts.PASSWORD));
		Browser.redirectsTo(result, "/account?welcome");
		assertThat(browser.cookie("SESSION")).isNotNull();
		assertThat(browser.get("/account").getResponseBody()).contains(login.toLowerCase()).contains("Padma");
		assertThat(countUsers(login.toLowerCase())).isEqualTo(1);
	}

	@Test
	void badSignUpsGetAMessageBesideEachFieldAndSaveNothing() {
		Browser browser = new Browser(this.client);
		browser.get("/signup");
		EntityExchangeResult<String> result = browser.post("/signup",
				Map.of("name", " ", "login", "12345", "password", "short", "confirm", "different"));
		assertThat(result.getStatus().value()).isEqualTo(422);
		assertThat(result.getResponseBody()).contains("Please enter your name.")
			.contains("Please enter an email address such as")
			.contains("The password must have at least 10 characters.")
			.contains("The two passwords are not the same.")
			.contains("id=\"signup-login-error\"");
		assertThat(countUsers("12345")).isZero();

		String login = TestAccounts.uniqueEmail("same");
		EntityExchangeResult<String> sameAsLogin = browser.post("/signup",
				Map.of("name", "Padma", "login", login, "password", login, "confirm", login));
		assertThat(sameAsLogin.getStatus().value()).isEqualTo(422);
		assertThat(sameAsLogin.getResponseBody()).contains("must not be your email address or mobile number");
		assertThat(countUsers(login)).isZero();
	}

	@Test
	void theSignUpPageSpeaksHindi() {
		Browser browser = new Browser(this.client);
		browser.get("/signup?lang=hi");
		EntityExchangeResult<String> result = browser.post("/signup?lang=hi",
				Map.of("name", "", "login", "x", "password", "", "confirm", ""));
		assertThat(result.getResponseBody()).contains("कृपया अपना नाम लिखें।");
		assertThat(browser.get("/login?lang=hi&throttled=3").getResponseBody())
			.contains("बहुत अधिक प्रयास हुए; 3 मिनट बाद फिर से प्रयास करें।");
	}

	@Test
	void aTakenLoginIsRefusedOnTheField() {
		MarketplaceUser existing = new TestAccounts(this.accounts).create("taken", Role.BUYER);
		Browser browser = new Browser(this.client);
		browser.get("/signup");
		EntityExchangeResult<String> result = browser.post("/signup", Map.of("name", "Someone", "login",
				existing.login(), "password", "another good password", "confirm", "another good password"));
		assertThat(result.getStatus().value()).isEqualTo(409);
		assertThat(result.getResponseBody()).contains("An account with this email or mobile number already exists.");
		assertThat(countUsers(existing.login())).isEqualTo(1);
	}

	@Test
	void twoSimultaneousSignUpsWithTheSameLoginCreateOneUser() {
		LoginName login = new LoginName(TestAccounts.uniqueEmail("race"));
		List<CompletableFuture<String>> attempts = List.of(1, 2, 3, 4)
			.stream()
			.map((i) -> this.accounts.signUpBuyer(login, "Racer " + i, TestAccounts.PASSWORD)
				.map((user) -> "created")
				.onErrorResume(LoginTakenException.class, (ex) -> Mono.just("taken"))
				.toFuture())
			.toList();
		List<String> outcomes = attempts.stream().map(CompletableFuture::join).toList();
		assertThat(outcomes).containsOnlyOnce("created").contains("taken");
		assertThat(countUsers(login.value())).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsReachUserAdministration() {
		Browser.redirectsTo(new Browser(this.client).get("/admin/users"), "/login");
		MarketplaceUser officer = new TestAccounts(this.accounts).create("officer", Role.OFFICER);
		Browser staff = new Browser(this.client);
		staff.signIn(officer.login(), TestAccounts.PASSWORD);
		assertThat(staff.get("/admin/users").getStatus().value()).isEqualTo(403);
		assertThat(staff
			.post("/admin/users", Map.of("login", TestAccounts.uniqueEmail("x"), "name", "X", "roles", "ADMIN"))
			.getStatus()
			.value()).isEqualTo(403);
	}

	@Test
	void anAdministratorCreatesAStaffAccountAndTheAuditTrailRecordsIt() {
		MarketplaceUser admin = new TestAccounts(this.accounts).create("admin", Role.ADMIN);
		Browser browser = new Browser(this.client);
		Browser.redirectsTo(browser.signIn(admin.login(), TestAccounts.PASSWORD), "/staff/dashboard");
		assertThat(browser.get("/admin/users?q=" + admin.login()).getResponseBody()).contains(admin.login());

		String login = TestAccounts.uniqueEmail("newofficer");
		EntityExchangeResult<String> created = browser.post("/admin/users",
				Map.of("login", login, "name", "New officer", "roles", "OFFICER"));
		assertThat(created.getStatus().value()).isEqualTo(200);
		String password = created.getResponseBody()
			.replaceAll("(?s).*id=\"issued-password\"><code>([^<]+)</code>.*", "$1");
		assertThat(password).hasSizeGreaterThanOrEqualTo(14);

		Document user = this.mongo.findOne(Query.query(Criteria.where("login").is(login)), Document.class, "users")
			.block();
		assertThat(user.getList("roles", String.class)).containsExactly("OFFICER");
		assertThat(user.getString("passwordHash")).startsWith("{bcrypt}");
		List<AuditEvent> events = this.audit.about("USER", user.getString("_id")).collectList().block();
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.action()).isEqualTo("STAFF_ACCOUNT_CREATED");
			assertThat(event.actorId()).isEqualTo(admin.id());
		});
		Browser.redirectsTo(new Browser(this.client).signIn(login, password), "/staff/dashboard");

		Browser.redirectsTo(browser.post("/admin/users/" + user.getString("_id") + "/roles",
				Map.of("roles", "INSTRUCTOR", "reason", "moved to testing")), "/admin/users?done=roles");
		Browser.redirectsTo(browser.post("/admin/users/" + user.getString("_id") + "/enabled",
				Map.of("enabled", "false", "reason", "left")), "/admin/users?done=enabled");
		assertThat(this.audit.about("USER", user.getString("_id")).map(AuditEvent::action).collectList().block())
			.containsExactly("STAFF_ACCOUNT_CREATED", "USER_ROLES_CHANGED", "USER_DISABLED");
		Browser.redirectsTo(new Browser(this.client).signIn(login, password), "/login?error");
	}

	@Test
	void sellerAccountsAreIssuedOncePerSellerWithAOneTimePassword() {
		String sellerId = "art-test-" + System.nanoTime();
		String mobile = "8" + "%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
		IssuedAccount issued = this.sellerAccounts
			.createFor(new SellerAccountRequest(sellerId, "Stanzin", "+91 " + mobile))
			.block();
		assertThat(issued.created()).isTrue();
		assertThat(issued.login()).isEqualTo(mobile);
		IssuedAccount again = this.sellerAccounts.createFor(new SellerAccountRequest(sellerId, "Stanzin", mobile))
			.block();
		assertThat(again.created()).isFalse();
		assertThat(again.initialPassword()).isNull();
		assertThat(this.accounts.find(issued.userId()).block().actsFor(sellerId)).isTrue();
	}

	@Test
	void theOneTimePasswordMustBeReplacedBeforeAnythingElseOpens() {
		String sellerId = "art-otp-" + System.nanoTime();
		String mobile = "8" + "%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
		IssuedAccount issued = this.sellerAccounts.createFor(new SellerAccountRequest(sellerId, "Stanzin", mobile))
			.block();
		Browser artisan = new Browser(this.client).header("X-Forwarded-For", "192.0.2.150");
		Browser.redirectsTo(artisan.signIn(mobile, issued.initialPassword()), "/account/password");
		Browser elsewhere = new Browser(this.client).header("X-Forwarded-For", "192.0.2.153");
		Browser.redirectsTo(elsewhere.signIn(mobile, issued.initialPassword()), "/account/password");
		Browser.redirectsTo(artisan.get("/seller"), "/account/password");
		Browser.redirectsTo(artisan.get("/seller/listings"), "/account/password");
		assertThat(artisan.get("/api/v1/me").getStatus().value()).isEqualTo(403);
		this.client.get()
			.uri("/api/v1/seller/listings")
			.headers((headers) -> headers.setBasicAuth(mobile, issued.initialPassword()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("/account/password"));

		EntityExchangeResult<String> page = artisan.get("/account/password?lang=hi");
		assertThat(page.getResponseBody()).contains("एक बार का पासवर्ड", "name=\"current\"");
		EntityExchangeResult<String> wrong = artisan.post("/account/password", Map.of("current", "not it at all",
				"password", "Apricot-Valley-2291", "confirm", "Apricot-Valley-2291"));
		assertThat(wrong.getStatus().value()).isEqualTo(422);
		assertThat(wrong.getResponseBody()).contains("id=\"password-current-error\"");
		EntityExchangeResult<String> mismatch = artisan.post("/account/password", Map.of("current",
				issued.initialPassword(), "password", "Apricot-Valley-2291", "confirm", "Apricot-Valley-2292"));
		assertThat(mismatch.getStatus().value()).isEqualTo(422);
		assertThat(mismatch.getResponseBody()).contains("id=\"password-confirm-error\"");

		Browser.redirectsTo(artisan.post("/account/password", Map.of("current", issued.initialPassword(), "password",
				"Apricot-Valley-2291", "confirm", "Apricot-Valley-2291")), "/account?passwordChanged");
		assertThat(artisan.get("/account?passwordChanged").getResponseBody())
			.contains("आपका नया पासवर्ड सहेज लिया गया है");
		assertThat(artisan.get("/api/v1/me").getStatus().value()).isEqualTo(200);
		// The other phone, still on the handed-over password, was signed out.
		Browser.redirectsTo(elsewhere.get("/account"), "/login");
		Browser.redirectsTo(
				new Browser(this.client).header("X-Forwarded-For", "192.0.2.151").signIn(mobile, "Apricot-Valley-2291"),
				"/seller");
		Browser.redirectsTo(new Browser(this.client).header("X-Forwarded-For", "192.0.2.152")
			.signIn(mobile, issued.initialPassword()), "/login?error");
	}

	private long countUsers(String login) {
		return this.mongo.count(Query.query(Criteria.where("login").is(login)), "users").block();
	}

	static Set<Role> none() {
		return Set.of();
	}

}
