package ladakh.crafts.marketplace.training.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * TRAINEE accounts (decision 0062): made when an officer enrols a trainee with their
 * mobile number, with a one-time password shown once; the trainee's own page and
 * statement in English and Hindi.
 */
@MockServerTest
class TraineePagesTests {

	private static final Pattern PASSWORD = Pattern.compile("id=\"trainee-password\">([^<]+)<");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "tc-trn-" + this.run;

	private final String batch = "batch-trn-" + this.run;

	@BeforeEach
	void aCentreWithABatch() {
		new SellerFixtures(this.mongo).insert(new Document("_id", this.centre).append("type", "TRAINING_CENTRE")
			.append("name", "Carpet Weaving Centre, Nyoma")
			.append("district", "LEH")
			.append("village", "Nyoma")
			.append("crafts", List.of("carpet-weaving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 10)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 10_000L)
						.append("instructors", List.of())));
		this.mongo
			.insert(new Document("_id", this.batch).append("centreId", this.centre)
				.append("craft", "carpet-weaving")
				.append("startsOn", "2026-04-01")
				.append("endsOn", "2027-03-31")
				.append("capacity", 10)
				.append("seatsLeft", 10)
				.append("trainees", List.of()), "centre_batches")
			.block();
	}

	@Test
	void anOfficerEnrolsATraineeWithTheirMobileAndTheTraineeSeesTheirOwnPage() throws IOException {
		String mobile = newMobile();
		String answer = enrol("Stanzin Dolma", "+91 " + mobile).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher shown = PASSWORD.matcher(answer);
		assertThat(shown.find()).as("the one-time password is shown once").isTrue();
		Document user = this.mongo.findOne(Query.query(Criteria.where("login").is(mobile)), Document.class, "users")
			.block();
		assertThat(user.getList("roles", String.class)).containsExactly("TRAINEE");
		assertThat(user.getBoolean("mustChangePassword")).isTrue();
		assertThat(this.encoder.matches(shown.group(1), user.getString("passwordHash"))).isTrue();
		Document link = this.mongo.findById(user.getString("_id"), Document.class, "trainee_accounts").block();
		assertThat(link.getString("batchId")).isEqualTo(this.batch);

		MarketplaceUser trainee = SignedIn.user(user.getString("_id"), mobile, Set.of(Role.TRAINEE), null);
		assertThat(page(trainee, "/trainee?lang=en")).contains("Stanzin Dolma", "Carpet Weaving Centre",
				"No stipend has been computed for you yet", "1 Apr 2026");
		assertThat(page(trainee, "/trainee?lang=hi")).contains("आपकी उपस्थिति और वज़ीफ़ा", "Stanzin Dolma");
		byte[] pdf = this.http.mutateWith(SignedIn.as(trainee))
			.get()
			.uri("/trainee/statement.pdf?lang=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody()
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Statement of attendance and stipends",
					"Stanzin Dolma");
		}
	}

	@Test
	void aMobileNumberThatIsNotOneEnrolsNobodyAndOneTakenEnrolsWithoutASignIn() {
		enrol("Padma Lhamo", "12345").expectStatus().isBadRequest();
		assertThat(trainees()).isEmpty();

		String taken = newMobile();
		this.mongo
			.insert(new Document("_id", "usr-trn-taken-" + this.run).append("login", taken)
				.append("displayName", "Someone")
				.append("roles", List.of("BUYER"))
				.append("enabled", true), "users")
			.block();
		String answer = enrol("Padma Lhamo", taken).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer).contains("already has an account").doesNotContain("trainee-password");
		assertThat(trainees()).hasSize(1);
		enrol("Rigzin Yangdol", "").expectStatus().is3xxRedirection();
		assertThat(trainees()).hasSize(2);
	}

	@Test
	void aTraineeAccountWithoutAnEnrolmentSeesNoOnesRecord() {
		MarketplaceUser unlinked = SignedIn.user("usr-trn-unlinked-" + this.run, newMobile(), Set.of(Role.TRAINEE),
				null);
		assertThat(page(unlinked, "/trainee?lang=en")).contains("not tied to an enrolment");
		this.http.mutateWith(SignedIn.as(unlinked))
			.get()
			.uri("/trainee/statement.pdf")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private List<Document> trainees() {
		return this.mongo.findById(this.batch, Document.class, "centre_batches")
			.block()
			.getList("trainees", Document.class);
	}

	private WebTestClient.ResponseSpec enrol(String name, String mobile) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/centres/" + this.centre + "/batches/" + this.batch + "/trainees?lang=en")
			.body(BodyInserters.fromFormData("name", name).with("mobile", mobile))
			.exchange();
	}

	private String page(MarketplaceUser user, String path) {
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

	private static String newMobile() {
		return "98" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
