package ladakh.crafts.marketplace.training.placements;

import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.TrainingCentres;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instructors' placements (issue 17): an officer places an instructor at a training
 * centre, which then counts them among its instructors (and so lets them move its
 * trainees on), and moves them to a common facility centre, which ends the first
 * placement the day before and takes them off the centre; the history keeps both.
 */
@MockServerTest
class InstructorPlacementsTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String instructor = "usr-place-" + this.run;

	private final String login = "place-" + this.run + "@example.in";

	private final String centre = "tc-place-" + this.run;

	private final String cfc = "cfc-place-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	TrainingCentres centres;

	@BeforeEach
	void seed() {
		this.mongo
			.insert(new Document("_id", this.instructor).append("login", this.login)
				.append("displayName", "Stanzin Instructor " + this.run)
				.append("passwordHash", "{noop}unused")
				.append("roles", List.of("INSTRUCTOR"))
				.append("enabled", true), "users")
			.block();
		new SellerFixtures(this.mongo)
			.insert(new Document("_id", this.centre).append("type", "TRAINING_CENTRE")
				.append("name", "Handicraft Training Centre, Place " + this.run)
				.append("district", "LEH")
				.append("status", "ACTIVE")
				.append("crafts", List.of("wood-carving"))
				.append("centre", new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 12)
					.append("courseMonths", 24)
					.append("monthlyStipendMinor", 10_000L)
					.append("instructors", List.of(new Document("userId", "usr-other").append("name", "Other")))));
		this.mongo
			.insert(new Document("_id", this.cfc).append("name", "CFC Place " + this.run)
				.append("district", "KARGIL")
				.append("village", "Trespone"), "cfcs")
			.block();
	}

	@Test
	void aPlacementAtACentreDecidesItsInstructorsAndAMoveKeepsTheHistory() {
		forms().post(SignedIn.officer(), "/staff/placements", form(this.login, "CENTRE:" + this.centre, "2026-01-05"),
				303);
		assertThat(this.centres.find(this.centre).block().instructedBy(this.instructor)).isTrue();
		assertThat(forms().page(SignedIn.officer(), "/staff/centres/" + this.centre, 200))
			.contains("Stanzin Instructor " + this.run);

		forms().post(SignedIn.officer(), "/staff/placements", form(this.login, "CFC:" + this.cfc, "2026-06-01"), 303);
		assertThat(this.centres.find(this.centre).block().instructedBy(this.instructor)).isFalse();
		assertThat(this.centres.find(this.centre).block().instructedBy("usr-other")).isTrue();
		List<Document> history = this.mongo
			.find(Query.query(Criteria.where("instructorId").is(this.instructor)), Document.class,
					"instructor_placements")
			.collectList()
			.block();
		assertThat(history)
			.extracting((p) -> p.getString("placeId") + " " + p.getString("from") + "–" + p.getString("to"))
			.containsExactlyInAnyOrder(this.centre + " 2026-01-05–2026-05-31", this.cfc + " 2026-06-01–null");
		assertThat(forms().page(SignedIn.officer(), "/staff/cfcs/" + this.cfc, 200))
			.contains("Stanzin Instructor " + this.run);
		String page = forms().page(SignedIn.officer(), "/staff/placements", 200);
		assertThat(page)
			.contains("Stanzin Instructor " + this.run, "31 May 2026", "1 Jun 2026", "CFC Place " + this.run)
			.doesNotContain("2026-05-31<");
		assertThat(forms().page(SignedIn.officer(), "/staff/placements?lang=hi", 200))
			.contains("प्रशिक्षकों की तैनाती");
	}

	@Test
	void onlyAnInstructorIsPlacedAndAMoveBeginsAfterTheCurrentPlacement() {
		assertThat(forms().post(SignedIn.officer(), "/staff/placements",
				form("nobody-" + this.run + "@example.in", "CENTRE:" + this.centre, "2026-01-05"), 400))
			.contains("id=\"placement-login-error\"", "No instructor signs in with this.");
		forms().post(SignedIn.officer(), "/staff/placements", form(this.login, "CENTRE:" + this.centre, "2026-03-01"),
				303);
		assertThat(forms().post(SignedIn.officer(), "/staff/placements",
				form(this.login, "CFC:" + this.cfc, "2026-02-01"), 400))
			.contains("id=\"placement-from-error\"", "must begin after the current one began");
		assertThat(forms().post(SignedIn.officer(), "/staff/placements",
				form(this.login, "CENTRE:" + this.centre, "2026-04-01"), 409))
			.contains("already placed there");
		forms().post(SignedIn.instructor(), "/staff/placements", form(this.login, "CFC:" + this.cfc, "2026-04-01"),
				403);
		assertThat(this.mongo
			.count(Query.query(Criteria.where("instructorId").is(this.instructor)), "instructor_placements")
			.block()).isEqualTo(1);
	}

	private static MultiValueMap<String, String> form(String login, String place, String from) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("login", login);
		form.add("place", place);
		form.add("from", from);
		return form;
	}

	private HtmlForms forms() {
		return new HtmlForms(this.http);
	}

}
