package ladakh.crafts.marketplace.training.attendance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The attendance pages against the real in-process database: marks sent from the phone
 * counted once however often they come, an instructor only at their own centre, the daily
 * report's counts, and a punch log that is kept whole or not at all.
 */
@MockServerTest
class AttendancePagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private AttendanceFixtures fixtures;

	private String centre;

	private String batch;

	private List<String> trainees;

	private MarketplaceUser instructor;

	@BeforeEach
	void centreWithABatchRunningToday() {
		this.fixtures = new AttendanceFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.centre = "tc-att-" + run;
		this.batch = "batch-att-" + run;
		this.instructor = SignedIn.user("usr-att-" + run, "att-" + run + "@example.in", Set.of(Role.INSTRUCTOR), null);
		this.fixtures.centre(this.centre, "Handicraft Training Centre, Leh", this.instructor.id(), "Padma Instructor");
		this.trainees = this.fixtures.batch(this.centre, this.batch, "Stanzin", 50);
	}

	@Test
	void fiftyMarksQueuedOfflineAndSentTwiceAreEachCountedOnce() {
		MultiValueMap<String, String> send = new LinkedMultiValueMap<>();
		long at = System.currentTimeMillis() - 60_000;
		for (String trainee : this.trainees) {
			send.add("id", UUID.randomUUID().toString());
			send.add("person", trainee);
			send.add("day", AttendanceFixtures.today().toString());
			send.add("attendance", "PRESENT");
			send.add("at", String.valueOf(at));
		}
		Map<String, Object> first = queued(this.instructor, send);
		Map<String, Object> again = queued(this.instructor, send);

		assertThat(first).containsEntry("stored", 50).containsEntry("repeated", 0);
		assertThat(again).containsEntry("stored", 0).containsEntry("repeated", 50);
		assertThat(this.fixtures.marks(this.batch)).isEqualTo(50);
		String report = page(SignedIn.officer(), "/staff/attendance/centres/" + this.centre);
		assertThat(count(report, "count-present")).isEqualTo(50);
		assertThat(count(report, "count-not-marked")).isEqualTo(1);
	}

	@Test
	void theSheetMarksTheBatchAndTheInstructorAndTheReportCountsThem() {
		String sheet = page(this.instructor, "/staff/attendance/centres/" + this.centre + "/batches/" + this.batch);
		assertThat(sheet).contains("Stanzin 1", "Stanzin 50", "Padma Instructor", "name=\"p." + this.trainees.get(0));
		assertThat(page(this.instructor, "/staff/attendance"))
			.contains("/staff/attendance/centres/" + this.centre + "/batches/" + this.batch);

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("sendId", UUID.randomUUID().toString());
		form.add("p." + this.trainees.get(0), "PRESENT");
		form.add("p." + this.trainees.get(1), "ABSENT");
		form.add("p." + this.trainees.get(2), "LEAVE");
		form.add("p." + this.instructor.id(), "PRESENT");
		for (int i = 0; i < 2; i++) {
			// The same form sent twice (a double tap, a reload) counts once.
			this.http.mutateWith(SignedIn.as(this.instructor))
				.mutateWith(csrf())
				.post()
				.uri("/staff/attendance/centres/" + this.centre + "/batches/" + this.batch + "/marks")
				.accept(MediaType.TEXT_HTML)
				.body(BodyInserters.fromFormData(form))
				.exchange()
				.expectStatus()
				.is3xxRedirection();
		}
		assertThat(this.fixtures.marks(this.batch)).isEqualTo(4);

		String report = page(SignedIn.officer(), "/staff/attendance/centres/" + this.centre);
		assertThat(count(report, "count-present")).isEqualTo(2);
		assertThat(count(report, "count-absent")).isEqualTo(1);
		assertThat(count(report, "count-leave")).isEqualTo(1);
		assertThat(count(report, "count-not-marked")).isEqualTo(47);
		String department = page(SignedIn.officer(), "/staff/attendance/report");
		assertThat(department).contains("id=\"centre-" + this.centre + "\"");
		String csv = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/attendance/centres/" + this.centre + "/report.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv.lines().toList()).hasSize(52)
			.anyMatch((line) -> line.contains(this.trainees.get(1) + ",Stanzin 2,TRAINEE,ABSENT"))
			.anyMatch((line) -> line.contains(this.instructor.id() + ",Padma Instructor,INSTRUCTOR,PRESENT"));
	}

	@Test
	void anInstructorMarksOnlyTheBatchesOfTheirOwnCentres() {
		String other = this.centre + "-other";
		this.fixtures.centre(other, "Carpet Weaving Centre, Kargil", "usr-someone-else", "Someone Else");
		String otherBatch = this.batch + "-other";
		List<String> theirs = this.fixtures.batch(other, otherBatch, "Fatima", 3);

		this.http.mutateWith(SignedIn.as(this.instructor))
			.get()
			.uri("/staff/attendance/centres/" + other + "/batches/" + otherBatch)
			.exchange()
			.expectStatus()
			.isForbidden();
		MultiValueMap<String, String> send = new LinkedMultiValueMap<>();
		send.add("id", UUID.randomUUID().toString());
		send.add("person", theirs.get(0));
		send.add("day", AttendanceFixtures.today().toString());
		send.add("attendance", "PRESENT");
		send.add("at", String.valueOf(System.currentTimeMillis()));
		sendQueued(this.instructor, other, otherBatch, send).expectStatus().isForbidden();
		// Nor a batch of another centre through their own centre's address.
		sendQueued(this.instructor, this.centre, otherBatch, send).expectStatus().isNotFound();
		assertThat(this.fixtures.marks(otherBatch)).isZero();
		// Officers mark any centre's batch.
		assertThat(queued(SignedIn.officer(), other, otherBatch, send)).containsEntry("stored", 1);
		assertThat(this.fixtures.marks(otherBatch)).isEqualTo(1);
	}

	@Test
	void aBadPunchLogReportsEachBadLineAndSavesNothing() {
		LocalDate today = AttendanceFixtures.today();
		String file = "person,time,device\n" + this.trainees.get(0) + "," + today + " 09:02,dev-1\n" + "trn-nobody,"
				+ today + " 09:03,dev-1\n" + this.trainees.get(1) + ",yesterday,dev-1\n" + this.trainees.get(0) + ","
				+ today + " 09:02,dev-1\n" + this.trainees.get(2) + "," + today.plusDays(400) + " 09:00,dev-1\n";
		String answer = upload(file).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(answer).contains("4 problems in the punch log: nothing was saved.")
			.contains("Line 3, person: “trn-nobody” is not a trainee or staff member of this centre.")
			.contains("Line 4, time: “yesterday” is not a date and time")
			.contains("Line 5: The same punch as line 2.")
			.contains("Line 6, time: " + this.trainees.get(2) + " is not expected at the centre on that day.");
		assertThat(this.fixtures.punches(this.centre)).isZero();

		String good = "person,time,device\n" + this.trainees.get(0) + "," + today + " 09:02,dev-1\n"
				+ this.instructor.id() + "," + today + " 08:55,dev-1\n";
		upload(good).expectStatus().is3xxRedirection();
		assertThat(this.fixtures.punches(this.centre)).isEqualTo(2);
		String report = page(SignedIn.officer(), "/staff/attendance/centres/" + this.centre);
		assertThat(count(report, "count-present")).isEqualTo(2);
	}

	@Test
	void aPunchLogLargerThanTheLimitIsRefusedBeforeItIsRead() {
		String row = this.trainees.get(0) + "," + AttendanceFixtures.today() + " 09:02,dev-1\n";
		String file = "person,time,device\n" + row.repeat((2 * 1024 * 1024) / row.length());
		upload(file).expectStatus().isEqualTo(413);
		assertThat(this.fixtures.punches(this.centre)).isZero();
	}

	private WebTestClient.ResponseSpec upload(String csv) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "punches.csv";
			}
		}).contentType(MediaType.parseMediaType("text/csv"));
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/attendance/centres/" + this.centre + "/punches")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	private Map<String, Object> queued(MarketplaceUser user, MultiValueMap<String, String> send) {
		return queued(user, this.centre, this.batch, send);
	}

	private Map<String, Object> queued(MarketplaceUser user, String centreId, String batchId,
			MultiValueMap<String, String> send) {
		return sendQueued(user, centreId, batchId, send).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec sendQueued(MarketplaceUser user, String centreId, String batchId,
			MultiValueMap<String, String> send) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri("/staff/attendance/centres/" + centreId + "/batches/" + batchId + "/queued-marks")
			.accept(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromFormData(send))
			.exchange();
	}

	private String page(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static int count(String html, String id) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<")
			.matcher(html);
		assertThat(matcher.find()).as(id).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
