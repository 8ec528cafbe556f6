package ladakh.crafts.marketplace.accounts;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as configured out of the box, which trusts no proxy (decision 29): this
 * test's client talks to it straight over loopback, so whatever forwarded headers it
 * sends are a client's claims and are ignored. (The other web tests stand in for a proxy
 * on the same machine and name the loopback a trusted proxy.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "marketplace.notifications.dispatch=false")
@AutoConfigureWebTestClient
class ForwardedHeadersFromAnUntrustedPeerIntegrationTests extends MongoBackedTest {

	/** How the server may see this test's client: IPv4 or IPv6 loopback. */
	private static final List<String> LOOPBACK = List.of(LoginThrottle.addressKey("127.0.0.1"),
			LoginThrottle.addressKey("0:0:0:0:0:0:0:1"));

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final Map<String, Document> loopbackBefore = new HashMap<>();

	MarketplaceUser buyer;

	@BeforeEach
	void startFromAnEmptyCountForTheLoopback() {
		this.buyer = new TestAccounts(this.accounts).create("untrusted-peer", Role.BUYER);
		LOOPBACK.forEach((key) -> {
			this.loopbackBefore.put(key, attempts(key));
			this.mongo.remove(Query.query(Criteria.where("_id").is(key)), LoginAttemptRepository.COLLECTION).block();
		});
	}

	/** Other tests sign in from the loopback too: leave its count as it was. */
	@AfterEach
	void restoreTheLoopbacksCount() {
		this.loopbackBefore.forEach((key, before) -> {
			this.mongo.remove(Query.query(Criteria.where("_id").is(key)), LoginAttemptRepository.COLLECTION).block();
			if (before != null) {
				this.mongo.insert(before, LoginAttemptRepository.COLLECTION).block();
			}
		});
	}

	@Test
	void aFailedSignInCountsAgainstThePeersRealAddressNotTheOneItClaims() {
		basic(this.buyer.login(), "wrong password", "203.0.113.77").expectStatus().isUnauthorized();

		assertThat(attempts(LoginThrottle.addressKey("203.0.113.77"))).isNull();
		assertThat(LOOPBACK.stream().mapToInt(this::failures).sum()).isEqualTo(1);
	}

	@Test
	void aPeerWhoseRealAddressMustWaitCannotDodgeItByClaimingAnother() {
		Date now = new Date();
		for (String key : LOOPBACK) {
			this.mongo
				.insert(new Document("_id", key).append("failures", 1_000)
					.append("windowStart", now)
					.append("expireAt", new Date(now.getTime() + 900_000)), LoginAttemptRepository.COLLECTION)
				.block();
		}

		basic(this.buyer.login(), TestAccounts.PASSWORD, "198.51.100.78").expectStatus().isEqualTo(429);
		basic(this.buyer.login(), TestAccounts.PASSWORD, "192.0.2.79").expectStatus().isEqualTo(429);
	}

	@Test
	void aClaimedHttpsSchemeDoesNotMakeTheSessionCookieSecure() {
		Browser browser = new Browser(this.client).header("X-Forwarded-Proto", "https");
		var login = browser.signIn(this.buyer.login(), TestAccounts.PASSWORD);
		Browser.redirectsTo(login, "/");
		ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isSecure()).isFalse();
	}

	private WebTestClient.ResponseSpec basic(String login, String password, String claimedAddress) {
		return this.client.get()
			.uri("/api/v1/me")
			.header("X-Forwarded-For", claimedAddress)
			.headers((headers) -> headers.setBasicAuth(login, password))
			.exchange();
	}

	private Document attempts(String key) {
		return this.mongo.findById(key, Document.class, LoginAttemptRepository.COLLECTION).block();
	}

	private int failures(String key) {
		Document attempts = attempts(key);
		return (attempts != null) ? ((Number) attempts.get("failures")).intValue() : 0;
	}

}
