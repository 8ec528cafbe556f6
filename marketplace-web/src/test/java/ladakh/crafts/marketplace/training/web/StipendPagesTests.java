package ladakh.crafts.marketplace.training.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.Attendance;
import ladakh.crafts.marketplace.training.AttendanceRegister;
import ladakh.crafts.marketplace.training.HandMark;
import ladakh.crafts.marketplace.training.PunchLog;
import ladakh.crafts.marketplace.training.Schemes;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The officer's stipend pages over the real application: a batch's month computed once
 * (computing again keeps the lines), approved only by officers, recorded paid once when
 * two officers record it at once; instructors of the centre look, others are refused.
 */
@MockServerTest
class StipendPagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	AttendanceRegister attendance;

	@Autowired
	Schemes schemes;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "tc-stp-" + this.run;

	private final String batch = "batch-stp-" + this.run;

	private final String full = "trn-stp-full-" + this.run;

	private final String seldom = "trn-stp-seldom-" + this.run;

	private YearMonth month;

	@BeforeEach
	void aBatchWithAMonthOfAttendance() {
		this.month = YearMonth.from(this.schemes.today()).minusMonths(1);
		String scheme = "STP_SCHEME_" + this.run;
		this.mongo
			.insert(new Document("_id", scheme).append("name", new Document("en", "Stipend test scheme"))
				.append("department", "HANDICRAFT")
				.append("centreKind", "ELEMENTARY")
				.append("courseMonths", 12)
				.append("intakeMin", 10)
				.append("intakeMax", 10)
				.append("rates",
						List.of(new Document("effectiveFrom", "2010-04-01").append("monthlyMinor", 25_000L)
							.append("reason", "As published")))
				.append("subsidyPercent", 0)
				.append("provided", List.of())
				.append("kit", List.of())
				.append("version", 0L), "training_schemes")
			.block();
		new SellerFixtures(this.mongo).insert(new Document("_id", this.centre).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, Stok")
			.append("district", "LEH")
			.append("village", "Stok")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre", new Document("scheme", scheme).append("intakeCapacity", 10)
				.append("courseMonths", 12)
				.append("monthlyStipendMinor", 25_000L)
				.append("instructors", List
					.of(new Document("userId", SignedIn.instructor().id()).append("name", "Test Instructor")))));
		LocalDate starts = this.month.minusMonths(3).atDay(1);
		this.mongo
			.insert(new Document("_id", this.batch).append("centreId", this.centre)
				.append("craft", "wood-carving")
				.append("startsOn", starts.toString())
				.append("endsOn", starts.plusYears(1).minusDays(1).toString())
				.append("capacity", 10)
				.append("seatsLeft", 8)
				.append("trainees", List.of(trainee(this.full, "Tsering Angmo"), trainee(this.seldom, "Padma Lhamo"))),
					"centre_batches")
			.block();
		List<HandMark> marks = new ArrayList<>();
		int seldomDays = 0;
		for (LocalDate day = this.month.atDay(1); !day.isAfter(this.month.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			marks.add(mark(this.full, day));
			if (seldomDays++ < 3) {
				marks.add(mark(this.seldom, day));
			}
		}
		this.attendance
			.receive(this.batch, Set.of(this.full, this.seldom), new PunchLog.Dates(starts, null), marks,
					SignedIn.instructor().id())
			.block();
	}

	@Test
	void anOfficerComputesTheMonthOnceApprovesALineAndTwoOfficersRecordingItPaidRecordItOnce() {
		String base = "/staff/centres/" + this.centre + "/batches/" + this.batch + "/stipends";
		assertThat(page(SignedIn.officer(), base + "?lang=en")).contains("Compute the month");
		post(SignedIn.officer(), base, "month", this.month.toString()).expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location(base + "?month=" + this.month + "&done=computed");
		String computed = page(SignedIn.officer(), base + "?month=" + this.month + "&lang=en");
		assertThat(computed).contains("Tsering Angmo", "Padma Lhamo", "₹250", "below the minimum of 75 %", "Approve")
			.doesNotContain("Compute the month")
			.doesNotContain(this.month + "</");
		// Computing again changes nothing: the month was computed once.
		post(SignedIn.officer(), base, "month", this.month.toString()).expectStatus().is3xxRedirection();
		assertThat(lines()).hasSize(2);

		// The centre's instructor looks but does not decide.
		assertThat(page(SignedIn.instructor(), base + "?month=" + this.month + "&lang=hi"))
			.contains("Tsering Angmo", "₹250")
			.doesNotContain("स्वीकृत करें");
		String line = this.full + ":" + this.month;
		post(SignedIn.instructor(), base + "/" + line + "/approve", "month", this.month.toString()).expectStatus()
			.isForbidden();
		assertThat(state(line)).isEqualTo("COMPUTED");

		post(SignedIn.officer(), base + "/" + line + "/paid", "reference", "DBT2026000001").expectStatus()
			.isEqualTo(409);
		post(SignedIn.officer(), base + "/" + line + "/approve", "month", this.month.toString()).expectStatus()
			.is3xxRedirection();
		assertThat(state(line)).isEqualTo("APPROVED");

		List<Integer> answers = Concurrently.run(List.of("DBT2026000001", "NEFT2026000002")
			.stream().<java.util.concurrent.Callable<Integer>>map(
					(reference) -> () -> post(SignedIn.officer(), base + "/" + line + "/paid", "reference", reference)
						.returnResult(Void.class)
						.getStatus()
						.value())
			.toList());
		assertThat(answers).containsExactlyInAnyOrder(303, 409);
		assertThat(state(line)).isEqualTo("PAID");
		assertThat(this.mongo
			.count(Query.query(Criteria.where("subjectId").is(line).and("action").is("STIPEND_PAID")), "audit_events")
			.block()).isEqualTo(1);
		assertThat(page(SignedIn.officer(), base + "?month=" + this.month + "&lang=en")).contains("Paid", "Reference");
	}

	@Test
	void aCorrectionIsALineOfItsOwnWithItsReason() {
		String base = "/staff/centres/" + this.centre + "/batches/" + this.batch + "/stipends";
		post(SignedIn.officer(), base, "month", this.month.toString()).expectStatus().is3xxRedirection();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri(base + "/corrections")
			.body(BodyInserters.fromFormData("month", this.month.toString())
				.with("traineeId", this.seldom)
				.with("direction", "more")
				.with("amount", "40")
				.with("reason", "Sick leave with a certificate"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(lines()).hasSize(3);
		assertThat(page(SignedIn.officer(), base + "?month=" + this.month + "&lang=en"))
			.contains("Correction: Sick leave with a certificate", "₹40");
	}

	@Test
	void instructorsOfOtherCentresAndOtherStaffAreRefused() {
		String base = "/staff/centres/" + this.centre + "/batches/" + this.batch + "/stipends";
		MarketplaceUser elsewhere = SignedIn.user("usr-stp-elsewhere", "elsewhere@example.in", Set.of(Role.INSTRUCTOR),
				null);
		for (MarketplaceUser refused : List.of(elsewhere, SignedIn.accounts(), SignedIn.buyer(),
				SignedIn.seller(this.centre))) {
			this.http.mutateWith(SignedIn.as(refused)).get().uri(base).exchange().expectStatus().isForbidden();
		}
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/centres/" + this.centre + "/batches/no-such-batch/stipends")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anOfficerAddsADepartmentHolidayShownInEnglishAndHindi() {
		int year = this.schemes.today().getYear() + 1;
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/training/holidays")
			.body(BodyInserters.fromFormData("day", year + "-01-26")
				.with("nameEn", "Republic Day")
				.with("nameHi", "गणतंत्र दिवस"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(page(SignedIn.officer(), "/staff/training/holidays?year=" + year + "&lang=en"))
			.contains("Republic Day", "26 Jan " + year);
		assertThat(page(SignedIn.admin(), "/staff/training/holidays?year=" + year + "&lang=hi"))
			.contains("गणतंत्र दिवस");
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/training/holidays")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private List<Document> lines() {
		return this.mongo.find(Query.query(Criteria.where("batchId").is(this.batch)), Document.class, "stipend_lines")
			.collectList()
			.block();
	}

	private String state(String line) {
		return this.mongo.findById(line, Document.class, "stipend_lines").block().getString("state");
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

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String path, String field, String value) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.body("month".equals(field) ? BodyInserters.fromFormData(field, value)
					: BodyInserters.fromFormData(field, value).with("month", this.month.toString()))
			.exchange();
	}

	private static Document trainee(String id, String name) {
		return new Document("traineeId", id).append("name", name)
			.append("status", "ENROLLED")
			.append("outcome", "NONE")
			.append("artisanId", null);
	}

	private static HandMark mark(String person, LocalDate day) {
		return new HandMark(UUID.randomUUID().toString(), person, day, Attendance.PRESENT,
				Instant.parse(day + "T04:30:00Z"));
	}

}
