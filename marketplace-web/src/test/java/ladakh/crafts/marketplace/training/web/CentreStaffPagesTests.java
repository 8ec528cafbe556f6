package ladakh.crafts.marketplace.training.web;

import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
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

@MockServerTest
class CentreStaffPagesTests {

	private static final String CENTRE = "tc-staff-test";

	private static final String BATCH = "batch-staff-test";

	private static final MarketplaceUser CENTRE_INSTRUCTOR = SignedIn.user("usr-test-centre-instructor",
			"teacher@example.in", java.util.Set.of(Role.INSTRUCTOR), null);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void centreWithASmallBatch() {
		new SellerFixtures(this.mongo).insert(new Document("_id", CENTRE).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, Test")
			.append("district", "LEH")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre", new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 2)
				.append("courseMonths", 12)
				.append("monthlyStipendMinor", 150_000L)
				.append("instructors",
						List.of(new Document("userId", CENTRE_INSTRUCTOR.id()).append("name", "Tashi Instructor")))));
		this.mongo.remove(Query.query(Criteria.where("centreId").is(CENTRE)), "centre_batches").block();
		this.mongo
			.insert(new Document("_id", BATCH).append("centreId", CENTRE)
				.append("craft", "wood-carving")
				.append("startsOn", "2026-04-01")
				.append("endsOn", "2027-03-31")
				.append("capacity", 2)
				.append("seatsLeft", 2)
				.append("trainees", List.of()), "centre_batches")
			.block();
	}

	@Test
	void enrolmentBeyondTheIntakeCapacityIsRefused() {
		enrol(SignedIn.officer(), "Stanzin One").expectStatus().is3xxRedirection();
		enrol(SignedIn.officer(), "Stanzin Two").expectStatus().is3xxRedirection();
		String html = enrol(SignedIn.officer(), "Stanzin Three").expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(html).contains("This batch is full");
		assertThat(trainees()).extracting((trainee) -> trainee.getString("name"))
			.containsExactly("Stanzin One", "Stanzin Two");
	}

	@Test
	void theCentresInstructorCompletesATraineeAndAnOfficerRecordsTheOutcome() {
		enrol(SignedIn.officer(), "Rigzin Trainee").expectStatus().is3xxRedirection();
		String traineeId = trainees().get(0).getString("traineeId");

		post(SignedIn.instructor(), "/trainees/" + traineeId + "/status", "status", "COMPLETED").expectStatus()
			.isForbidden();
		post(CENTRE_INSTRUCTOR, "/trainees/" + traineeId + "/outcome", "outcome", "SELLING").expectStatus()
			.isForbidden();
		post(CENTRE_INSTRUCTOR, "/trainees/" + traineeId + "/status", "status", "COMPLETED").expectStatus()
			.is3xxRedirection();
		post(CENTRE_INSTRUCTOR, "/trainees/" + traineeId + "/status", "status", "DROPPED").expectStatus()
			.isEqualTo(409);
		post(SignedIn.officer(), "/trainees/" + traineeId + "/outcome", "outcome", "REGISTERED_ARTISAN").expectStatus()
			.is3xxRedirection();

		Document trainee = trainees().get(0);
		assertThat(trainee.getString("status")).isEqualTo("COMPLETED");
		assertThat(trainee.getString("outcome")).isEqualTo("REGISTERED_ARTISAN");
		assertThat(this.mongo.count(Query.query(Criteria.where("subjectId").is(CENTRE)), "audit_events").block())
			.isGreaterThanOrEqualTo(3);
		String page = this.http.mutateWith(SignedIn.as(CENTRE_INSTRUCTOR))
			.get()
			.uri("/staff/centres/" + CENTRE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Rigzin Trainee", "Completed", "Registered artisan");
	}

	/**
	 * The outcome list shows what is stored, so pressing Record again keeps it (it showed
	 * "Registered artisan" whatever was stored).
	 */
	@Test
	void theOutcomeListShowsTheStoredOutcome() {
		enrol(SignedIn.officer(), "Dolma Trainee").expectStatus().is3xxRedirection();
		String traineeId = trainees().get(0).getString("traineeId");
		post(CENTRE_INSTRUCTOR, "/trainees/" + traineeId + "/status", "status", "COMPLETED").expectStatus()
			.is3xxRedirection();
		post(SignedIn.officer(), "/trainees/" + traineeId + "/outcome", "outcome", "SHG_MEMBER").expectStatus()
			.is3xxRedirection();

		String page = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/centres/" + CENTRE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String list = page.substring(page.indexOf("id=\"outcome-" + traineeId + "\""));
		list = list.substring(0, list.indexOf("</select>"));
		assertThat(java.util.regex.Pattern.compile("<option value=\"(\\w+)\"[^>]*selected")
			.matcher(list)
			.results()
			.map((match) -> match.group(1))).containsExactly("SHG_MEMBER");
	}

	@Test
	void accessRulesPerRole() {
		for (MarketplaceUser reader : new MarketplaceUser[] { SignedIn.officer(), SignedIn.admin(),
				SignedIn.instructor() }) {
			this.http.mutateWith(SignedIn.as(reader)).get().uri("/staff/centres").exchange().expectStatus().isOk();
		}
		for (MarketplaceUser refused : new MarketplaceUser[] { SignedIn.accounts(), SignedIn.buyer(),
				SignedIn.seller(CENTRE) }) {
			this.http.mutateWith(SignedIn.as(refused))
				.get()
				.uri("/staff/centres/" + CENTRE)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		// Nobody signed in: the browser is sent to the sign-in page.
		this.http.get().uri("/staff/centres").exchange().expectStatus().isFound().expectHeader().location("/login");
		enrol(CENTRE_INSTRUCTOR, "Not Allowed").expectStatus().isForbidden();
		post(CENTRE_INSTRUCTOR, "", "craft", "wood-carving").expectStatus().isForbidden();
		assertThat(trainees()).isEmpty();
	}

	private WebTestClient.ResponseSpec enrol(MarketplaceUser user, String name) {
		return post(user, "/trainees", "name", name);
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String path, String field, String value) {
		String uri = path.isEmpty() ? "/staff/centres/" + CENTRE + "/batches"
				: "/staff/centres/" + CENTRE + "/batches/" + BATCH + path;
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData(field, value))
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private List<Document> trainees() {
		return (List<Document>) this.mongo.findById(BATCH, Document.class, "centre_batches")
			.block()
			.get("trainees", List.class);
	}

}
