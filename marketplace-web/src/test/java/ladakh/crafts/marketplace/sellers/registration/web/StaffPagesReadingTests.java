package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The staff application page as a department officer reads it: people by name, crafts by
 * name, the audit trail with translated actions and readable times, not raw ids.
 */
@MockServerTest
class StaffPagesReadingTests extends MongoBackedTest {

	private static final String OFFICER_NAME = "Officer Yangchan Reading";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	RegistrationFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistrationFixtures(this.mongo).basics();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(SignedIn.officer().id())),
				new Update().set("login", "officer@example.in")
					.set("displayName", OFFICER_NAME)
					.set("roles", java.util.List.of("OFFICER"))
					.set("enabled", true),
				"users")
			.block();
	}

	@Test
	void theApplicationPageNamesTheInstructorAndCraftsAndTranslatesTheAuditTrail() {
		String id = testedApplication(SignedIn.officer());

		String page = page("/staff/applications/" + id);
		assertThat(page).contains("id=\"application-crafts\">Wood carving<")
			.contains("Leh, Test Instructor<")
			.doesNotContain("wood-carving")
			.doesNotContain(RegistrationFixtures.INSTRUCTOR_ID);
		assertThat(page)
			.as("actions as labels, people by name, details as label: value lines (issue 14: no field names)")
			.contains(">Practical test scheduled<")
			.contains(">Practical test passed<")
			.doesNotContain(">TEST_SCHEDULED<")
			.contains(">" + OFFICER_NAME + "<")
			.doesNotContain(SignedIn.officer().id())
			.contains(">Instructor: Test Instructor<")
			.contains(">Total: 26<")
			.containsPattern(">\\d{1,2} [A-Z][a-z]{2,3} \\d{4}, \\d{2}:\\d{2}</time>")
			.contains("class=\"table-scroll\"");
	}

	@Test
	void theAuditTrailIsInHindiForAHindiReader() {
		String id = testedApplication(SignedIn.officer());

		String page = page("/staff/applications/" + id + "?lang=hi");
		assertThat(page).contains(">व्यावहारिक परीक्षा तय की गई<")
			.contains(">व्यावहारिक परीक्षा उत्तीर्ण<")
			.contains("Wood carving (हिन्दी)");
	}

	@Test
	void anActorWhoIsNotAKnownUserIsShownByTheirId() {
		MarketplaceUser stranger = SignedIn.user("usr-test-officer-unlisted", "unlisted@example.in",
				Set.of(Role.OFFICER), null);
		String id = testedApplication(stranger);

		assertThat(page("/staff/applications/" + id)).contains(">usr-test-officer-unlisted<");
	}

	/**
	 * The notice after an action comes from the address ({@code ?done=scheduled}); one
	 * that names no notice (found by EveryEndpointSurvivesHostileInputTests: it answered
	 * 500) shows the page without a notice.
	 */
	@Test
	void aNoticeTheAddressNamesThatDoesNotExistIsLeftOutOfThePage() {
		String id = this.fixtures.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		String seller = "art-reading-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).artisan(seller, "Reading Artisan",
				"LEH/HC/2015/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(1));

		assertThat(page("/staff/applications/" + id + "?done=scheduled")).contains("The test is scheduled.");
		assertThat(page("/staff/applications/" + id + "?done=nosuchnotice")).doesNotContain("nosuchnotice");
		assertThat(page("/staff/sellers/" + seller + "?done=nosuchnotice")).doesNotContain("nosuchnotice");
	}

	private String testedApplication(MarketplaceUser officer) {
		String id = this.fixtures.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		post(officer, "/staff/applications/" + id + "/schedule",
				Map.of("date", LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).toString(), "place", "Leh",
						"instructorId", RegistrationFixtures.INSTRUCTOR_ID));
		post(SignedIn.instructor(), "/staff/applications/" + id + "/marks",
				Map.of("technique", "7", "finish", "7", "design", "6", "speed", "6", "remarks", "Neat"));
		return id;
	}

	private void post(MarketplaceUser user, String path, Map<String, String> form) {
		BodyInserters.FormInserter<String> body = null;
		for (Map.Entry<String, String> field : form.entrySet()) {
			body = (body == null) ? BodyInserters.fromFormData(field.getKey(), field.getValue())
					: body.with(field.getKey(), field.getValue());
		}
		this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange()
			.expectStatus()
			.isSeeOther();
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
