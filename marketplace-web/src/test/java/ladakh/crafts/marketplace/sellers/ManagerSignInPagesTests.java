package ladakh.crafts.marketplace.sellers;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * An officer gives the manager of an approved SHG or of a training centre a seller
 * sign-in from the staff detail page: the one-time password shows once, a second request
 * finds the account, and bad or taken logins get a message beside the field.
 */
@MockServerTest
class ManagerSignInPagesTests {

	private static final Pattern PASSWORD = Pattern.compile("id=\"issued-password\">([^<]+)<");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void anOfficerGivesAnApprovedShgsManagerASignInOnceAndTheAuditTrailKeepsNoPassword() {
		String shg = shg("ACTIVE");
		String mobile = uniqueMobile();

		String page = issue(SignedIn.officer(), "/staff/shgs/" + shg,
				"+91 " + mobile.substring(0, 5) + " " + mobile.substring(5))
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String password = password(page);

		Document user = userFor(shg);
		assertThat(user.getString("login")).isEqualTo(mobile);
		assertThat(user.getList("roles", String.class)).containsExactly("SELLER");
		assertThat(page).contains("id=\"issued-login\">" + mobile + "<", "shown only once").containsOnlyOnce(password);

		String again = issue(SignedIn.officer(), "/staff/shgs/" + shg, mobile).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(again).contains("already has an account").doesNotContain("issued-password").doesNotContain(password);
		assertThat(usersFor(shg)).isEqualTo(1);

		List<Document> events = this.mongo
			.find(Query.query(Criteria.where("subjectId").is(shg).and("action").is("SELLER_SIGN_IN_ISSUED")),
					Document.class, "audit_events")
			.collectList()
			.block();
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getString("subjectType")).isEqualTo("SHG");
			assertThat(event.toJson()).contains(mobile).doesNotContain(password);
		});
	}

	@Test
	void anOfficerGivesATrainingCentresManagerASignIn() {
		String centre = centre();
		String email = "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@example.in";

		String page = issue(SignedIn.admin(), "/staff/centres/" + centre, email.toUpperCase()).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String password = password(page);

		Document user = userFor(centre);
		assertThat(user.getString("login")).isEqualTo(email);
		assertThat(user.getList("roles", String.class)).containsExactly("SELLER");
		assertThat(page).containsOnlyOnce(password);

		assertThat(issue(SignedIn.officer(), "/staff/centres/" + centre, email).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("already has an account").doesNotContain("issued-password");
		assertThat(usersFor(centre)).isEqualTo(1);
		assertThat(this.mongo
			.find(Query.query(Criteria.where("subjectId").is(centre).and("action").is("SELLER_SIGN_IN_ISSUED")),
					Document.class, "audit_events")
			.collectList()
			.block()).singleElement().satisfies((event) -> {
				assertThat(event.getString("subjectType")).isEqualTo("TRAINING_CENTRE");
				assertThat(event.toJson()).doesNotContain(password);
			});
	}

	@Test
	void anShgAwaitingApprovalGetsNoSignIn() {
		String shg = shg("PENDING");
		String page = issue(SignedIn.officer(), "/staff/shgs/" + shg, uniqueMobile()).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Approve this SHG before giving its manager a sign-in");
		assertThat(usersFor(shg)).isZero();
	}

	@Test
	void aLoginThatIsNeitherAMobileNorAnEmailGetsAMessageBesideTheFieldAndCreatesNothing() {
		String shg = shg("ACTIVE");
		String centre = centre();
		for (String bad : new String[] { "12345", "5876543210", "98765 4321", "manager@", "" }) {
			for (String detail : new String[] { "/staff/shgs/" + shg, "/staff/centres/" + centre }) {
				String page = issue(SignedIn.officer(), detail, bad).expectStatus()
					.isBadRequest()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(page).contains("id=\"manager-login-error\"", "Enter a 10-digit mobile number")
					.doesNotContain("issued-password");
			}
		}
		assertThat(usersFor(shg)).isZero();
		assertThat(usersFor(centre)).isZero();
	}

	@Test
	void aLoginSomeoneElseHasGetsAMessageBesideTheField() {
		String shg = shg("ACTIVE");
		String taken = uniqueMobile();
		this.mongo
			.insert(new Document("_id", "usr-taken-" + taken).append("login", taken)
				.append("displayName", "Someone else")
				.append("roles", List.of("BUYER"))
				.append("enabled", true)
				.append("createdAt", new Date()), "users")
			.block();

		String page = issue(SignedIn.officer(), "/staff/shgs/" + shg, taken).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"manager-login-error\"", "Another account already signs in with this");
		assertThat(usersFor(shg)).isZero();

		String centre = centre();
		assertThat(issue(SignedIn.officer(), "/staff/centres/" + centre, taken).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Another account already signs in with this");
		assertThat(usersFor(centre)).isZero();
	}

	@Test
	void onlyOfficersAndAdministratorsGiveSignIns() {
		String shg = shg("ACTIVE");
		String centre = centre();
		for (MarketplaceUser refused : new MarketplaceUser[] { SignedIn.instructor(), SignedIn.seller(shg),
				SignedIn.buyer(), SignedIn.accounts() }) {
			issue(refused, "/staff/shgs/" + shg, uniqueMobile()).expectStatus().isForbidden();
			issue(refused, "/staff/centres/" + centre, uniqueMobile()).expectStatus().isForbidden();
		}
		assertThat(usersFor(shg)).isZero();
		assertThat(usersFor(centre)).isZero();

		// The form is on the page for officers only.
		assertThat(get(SignedIn.officer(), "/staff/shgs/" + shg)).contains("Give the manager a seller sign-in");
		assertThat(get(SignedIn.accounts(), "/staff/shgs/" + shg)).doesNotContain("Give the manager a seller sign-in");
		assertThat(get(SignedIn.instructor(), "/staff/centres/" + centre))
			.doesNotContain("Give the manager a seller sign-in");
	}

	private WebTestClient.ResponseSpec issue(MarketplaceUser user, String detail, String login) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(detail + "/sign-in")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("login", login))
			.exchange();
	}

	private String get(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String password(String page) {
		Matcher matcher = PASSWORD.matcher(page);
		assertThat(matcher.find()).as("the one-time password is shown").isTrue();
		return matcher.group(1);
	}

	private Document userFor(String sellerId) {
		return this.mongo.findOne(Query.query(Criteria.where("sellerId").is(sellerId)), Document.class, "users")
			.block();
	}

	private long usersFor(String sellerId) {
		return this.mongo.count(Query.query(Criteria.where("sellerId").is(sellerId)), "users").block();
	}

	/** A mobile number no other test uses. */
	static String uniqueMobile() {
		return "7" + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
	}

	String shg(String status) {
		String id = "shg-msi-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).insert(shgDocument(id, status));
		return id;
	}

	static Document shgDocument(String id, String status) {
		return new Document("_id", id).append("type", "SHG")
			.append("name", "Manager Test SHG " + id)
			.append("district", "LEH")
			.append("block", "Leh")
			.append("village", "Saboo")
			.append("crafts", List.of("pashmina-weaving"))
			.append("status", status)
			.append("shg",
					new Document("dateFormed", "2024-06-01").append("memberIds", List.of())
						.append("officeBearers", new Document())
						.append("bankAccount", new Document("last4", "3210").append("ifsc", "SBIN0001234"))
						.append("fundBalanceMinor", 0L));
	}

	private String centre() {
		String id = "tc-msi-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).insert(new Document("_id", id).append("type", "TRAINING_CENTRE")
			.append("name", "Manager Test Centre " + id)
			.append("district", "LEH")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 2)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 150_000L)
						.append("instructors", List.of())));
		return id;
	}

}
