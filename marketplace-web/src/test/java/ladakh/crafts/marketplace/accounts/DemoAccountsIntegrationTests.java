package ladakh.crafts.marketplace.accounts;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class DemoAccountsIntegrationTests extends MongoBackedTest {

	@Autowired
	WebTestClient client;

	@Autowired
	AccountsSetup setup;

	@Test
	void demoAccountsExistOnlyInEmbeddedDemoMode() {
		assertThat(AccountsSetup.demoMode(new MockEnvironment())).isFalse();
		assertThat(AccountsSetup.demoMode(new MockEnvironment().withProperty("marketplace.demo-data.enabled", "true")))
			.as("MONGODB_URI set: the embedded engine is not active")
			.isFalse();
		assertThat(AccountsSetup.demoMode(new MockEnvironment().withProperty("marketplace.demo-data.enabled", "true")
			.withProperty("marketplace.embedded.mongo.active", "true"))).isTrue();
	}

	@Autowired
	AccountRepository users;

	@Test
	void everyRoleHasADemoAccountAndCreatingThemAgainAddsNothing() {
		this.setup.createDemoAccounts().block();
		assertThat(this.setup.createDemoAccounts().block()).isZero();
		Browser.redirectsTo(new Browser(this.client).signIn("admin@demo.ladakh", AccountsSetup.DEMO_PASSWORD),
				"/staff/dashboard");
		Browser.redirectsTo(new Browser(this.client).signIn("officer@demo.ladakh", AccountsSetup.DEMO_PASSWORD),
				"/staff/dashboard");
		Browser.redirectsTo(new Browser(this.client).signIn("reviewer@demo.ladakh", AccountsSetup.DEMO_PASSWORD),
				"/staff/dashboard");
		Browser.redirectsTo(new Browser(this.client).signIn("artisan@demo.ladakh", AccountsSetup.DEMO_PASSWORD),
				"/seller");
		Browser.redirectsTo(new Browser(this.client).signIn("buyer@demo.ladakh", AccountsSetup.DEMO_PASSWORD), "/");
		Browser.redirectsTo(
				new Browser(this.client).signIn(AccountsSetup.DEMO_TRAINEE_MOBILE, AccountsSetup.DEMO_PASSWORD),
				"/trainee");
		assertThat(AccountsSetup.DEMO_ACCOUNTS).hasSize(10);
		assertThat(this.users.findByLogin("instructor@demo.ladakh").block().id())
			.as("the demo applications and centres name this id")
			.isEqualTo("usr-demo-instructor");
	}

}
