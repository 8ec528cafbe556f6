package ladakh.crafts.marketplace.accounts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP with real sign-ins: an officer gives an approved SHG's manager a seller
 * sign-in, and the manager signs in through the form with it and lands on the seller's
 * page.
 */
@WebIntegrationTest
class ShgManagerSignInIntegrationTests extends MongoBackedTest {

	private static final Pattern PASSWORD = Pattern.compile("id=\"issued-password\">([^<]+)<");

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void theManagerSignsInWithTheHandedOverPasswordChoosesTheirOwnAndLandsOnTheSellersPage() {
		String shg = "shg-journey-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).insert(new Document("_id", shg).append("type", "SHG")
			.append("name", "Journey Weavers SHG")
			.append("district", "LEH")
			.append("block", "Leh")
			.append("village", "Saboo")
			.append("crafts", List.of("pashmina-weaving"))
			.append("status", "ACTIVE")
			.append("shg",
					new Document("dateFormed", "2024-06-01").append("memberIds", List.of())
						.append("officeBearers", new Document())
						.append("bankAccount", new Document("last4", "3210").append("ifsc", "SBIN0001234"))
						.append("fundBalanceMinor", 0L)));
		MarketplaceUser officer = new TestAccounts(this.accounts).create("officer", Role.OFFICER);
		String login = TestAccounts.uniqueEmail("shg-manager");

		Browser staff = new Browser(this.client);
		staff.signIn(officer.login(), TestAccounts.PASSWORD);
		assertThat(staff.get("/staff/shgs/" + shg).getResponseBody()).contains("Give the manager a seller sign-in");
		EntityExchangeResult<String> issued = staff.post("/staff/shgs/" + shg + "/sign-in", Map.of("login", login));
		assertThat(issued.getStatus().value()).isEqualTo(200);
		Matcher password = PASSWORD.matcher(issued.getResponseBody());
		assertThat(password.find()).isTrue();

		// The handed-over password is a one-time one: the manager chooses their own
		// first.
		Browser manager = new Browser(this.client);
		Browser.redirectsTo(manager.signIn(login, password.group(1)), "/account/password");
		Browser.redirectsTo(manager.post("/account/password",
				Map.of("current", password.group(1), "password", "Saboo-Looms-4417", "confirm", "Saboo-Looms-4417")),
				"/account?passwordChanged");
		Browser.redirectsTo(new Browser(this.client).signIn(login, "Saboo-Looms-4417"), "/seller");
		assertThat(manager.get("/seller").getStatus().value()).isEqualTo(200);
	}

}
