package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ladakh.crafts.marketplace.sellers.ArtisanApproved;
import ladakh.crafts.marketplace.sellers.SellerStatusChanged;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.testsupport.ClientAddress;
import ladakh.crafts.marketplace.testsupport.HeldDecodeSlots;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.TestImages;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The registration journey through the real pages and handlers: apply, schedule, record,
 * approve, suspend; and every refusal along the way.
 */
@MockServerTest
class RegistrationPagesTests extends MongoBackedTest {

	private static final MarketplaceUser OTHER_INSTRUCTOR = SignedIn.user("usr-test-instructor-2",
			"instructor2@example.in", java.util.Set.of(Role.INSTRUCTOR), null);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	DecodeSlots decodeSlots;

	RegistrationFixtures fixtures;

	final List<Object> events = new CopyOnWriteArrayList<>();

	private final ApplicationListener<PayloadApplicationEvent<?>> listener = (event) -> this.events
		.add(event.getPayload());

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistrationFixtures(this.mongo).basics();
		this.context.addApplicationListener(this.listener);
	}

	@AfterEach
	void tearDown() {
		this.context.removeApplicationListener(this.listener);
	}

	@Test
	void anArtisanIsRegisteredByTestAndApprovalAndCanBeSuspended() {
		String mobile = RegistrationFixtures.newMobile();
		String location = apply(form(mobile), "me.jpg", RegistrationFixtures.jpeg(900, 1200)).expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		assertThat(location).startsWith("/register/artisan/submitted?reference=");
		String reference = location.substring(location.indexOf('=') + 1);
		Document application = applicationByMobile(mobile);
		String id = application.getString("_id");
		assertThat(application.getString("status")).isEqualTo("SUBMITTED");
		assertThat(application.getString("reference")).isEqualTo(reference);
		assertThat(application.get("applicant", Document.class).getString("mobile")).isEqualTo(mobile);
		assertThat(photoCount(application.getString("photoId"))).isEqualTo(1);

		// Marks are taken from the day of the test on: the test is today.
		post(SignedIn.officer(), "/staff/applications/" + id + "/schedule",
				Map.of("date", LocalDate.now(IndiaTime.ZONE).toString(), "place", "Handicrafts office, Leh",
						"instructorId", RegistrationFixtures.INSTRUCTOR_ID))
			.expectStatus()
			.isSeeOther();
		post(SignedIn.instructor(), "/staff/applications/" + id + "/marks",
				Map.of("technique", "8", "finish", "7", "design", "6", "speed", "6", "remarks", "Fine weave"))
			.expectStatus()
			.isSeeOther();
		assertThat(applicationById(id).getString("status")).isEqualTo("TEST_PASSED");
		// The answer sends the officer on (reloading repeats nothing), to the page that
		// shows the artisan's first sign-in, once.
		ResponseCookie session = post(SignedIn.officer(), "/staff/applications/" + id + "/approve", Map.of())
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/staff/applications/" + id + "?done=approved")
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("SESSION");
		assertThat(session).isNotNull();
		String approval = applicationPage(id, session);
		assertThat(approval).as("the officer sees the artisan's first sign-in, once")
			.contains("Approved. The registration number is issued.")
			.contains("id=\"issued-login\">" + mobile + "<")
			.contains("id=\"issued-password\"");
		assertThat(applicationPage(id, session)).contains("Approved. The registration number is issued.")
			.doesNotContain("id=\"issued-password\"");
		Document account = this.mongo
			.findOne(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("login").is(mobile)),
					Document.class, "users")
			.block();
		assertThat(account).as("a SELLER account acting for the new seller").isNotNull();
		assertThat(account.getList("roles", String.class)).containsExactly("SELLER");

		Document approved = applicationById(id);
		assertThat(approved.getString("status")).isEqualTo("APPROVED");
		String number = approved.getString("registrationNumber");
		assertThat(number).matches("LEH/HL/" + today().getYear() + "/\\d{4}");
		Document seller = this.mongo.findById(approved.getString("sellerId"), Document.class, "sellers").block();
		assertThat(seller).isNotNull();
		assertThat(seller.getString("type")).isEqualTo("ARTISAN");
		assertThat(seller.getString("status")).isEqualTo("ACTIVE");
		assertThat(seller.getString("registrationNumber")).isEqualTo(number);
		assertThat(seller.getString("mobile")).isEqualTo(mobile);
		assertThat(seller.getString("photoId")).isEqualTo(application.getString("photoId"));
		assertThat(seller.getString("applicationId")).isEqualTo(id);
		assertThat(account.getString("sellerId")).isEqualTo(seller.getString("_id"));
		assertThat(LocalDate.parse(seller.getString("validUntil")))
			.isEqualTo(LocalDate.parse(seller.getString("registeredOn")).plusYears(5));
		assertThat(this.events)
			.contains(new ArtisanApproved(seller.getString("_id"), id, "Padma Angmo", mobile, number));

		List<Document> auditBefore = audit(id);
		assertThat(auditBefore).extracting((event) -> event.getString("action"))
			.containsExactly("TEST_SCHEDULED", "TEST_PASSED", "APPLICATION_APPROVED", "REGISTRATION_NUMBER_ISSUED");
		assertThat(auditBefore).allSatisfy((event) -> assertThat(event.getString("actorId")).isNotBlank());

		String sellerId = seller.getString("_id");
		post(SignedIn.officer(), "/staff/sellers/" + sellerId + "/suspend",
				Map.of("reason", "Sold machine-made shawls"))
			.expectStatus()
			.isSeeOther();
		assertThat(this.mongo.findById(sellerId, Document.class, "sellers").block().getString("status"))
			.isEqualTo("SUSPENDED");
		assertThat(this.events).contains(new SellerStatusChanged(sellerId, "SUSPENDED", "Sold machine-made shawls"));
		assertThat(audit(sellerId)).singleElement().satisfies((event) -> {
			assertThat(event.getString("action")).isEqualTo("SELLER_SUSPENDED");
			assertThat(event.getString("reason")).isEqualTo("Sold machine-made shawls");
			assertThat(event.getString("actorId")).isEqualTo("usr-test-officer");
		});
		assertThat(audit(id)).as("earlier audit events are never changed").isEqualTo(auditBefore);

		post(SignedIn.officer(), "/staff/sellers/" + sellerId + "/reinstate", Map.of("reason", "Cleared"))
			.expectStatus()
			.isSeeOther();
		assertThat(this.events).contains(new SellerStatusChanged(sellerId, "ACTIVE", "Cleared"));

		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/sellers?q=" + mobile)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Padma Angmo").contains(number));
	}

	@Test
	void theApplicantSeesTheirStatusOnlyWithTheRightMobileNumber() {
		String mobile = RegistrationFixtures.newMobile();
		String location = apply(form(mobile), "me.jpg", RegistrationFixtures.jpeg(200, 200)).expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		String reference = location.substring(location.indexOf('=') + 1);

		status(reference, "+91 " + mobile).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Received, waiting for a test date")
				.doesNotContain("Padma Angmo")
				.doesNotContain("Saboo"));
		status(reference, RegistrationFixtures.newMobile()).expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("No application matches")
				.doesNotContain("Received, waiting")
				.doesNotContain("Padma Angmo"));
	}

	@Test
	void illegalMovesAreRefusedWithAMessageAndChangeNothing() {
		String submitted = this.fixtures.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		post(SignedIn.officer(), "/staff/applications/" + submitted + "/approve", Map.of()).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Only an application whose practical test was passed"));
		assertThat(applicationById(submitted).getString("status")).isEqualTo("SUBMITTED");

		String scheduled = this.fixtures.application(ApplicationStatus.TEST_SCHEDULED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		post(OTHER_INSTRUCTOR, "/staff/applications/" + scheduled + "/marks",
				Map.of("technique", "9", "finish", "9", "design", "9", "speed", "9"))
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Only the instructor assigned to this test"));
		post(SignedIn.instructor(), "/staff/applications/" + scheduled + "/marks",
				Map.of("technique", "11", "finish", "9", "design", "9", "speed", "9"))
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).as("the message beside the mark at fault, and what was typed kept")
				.contains("id=\"technique-error\"", "Each mark must be a whole number from 0 to 10")
				.contains("id=\"technique\" name=\"technique\" type=\"number\" value=\"11\"")
				.contains("id=\"finish\" name=\"finish\" type=\"number\" value=\"9\"")
				.doesNotContain("id=\"finish-error\""));
		assertThat(applicationById(scheduled).getString("status")).isEqualTo("TEST_SCHEDULED");
		assertThat(audit(scheduled)).isEmpty();

		post(SignedIn.officer(), "/staff/applications/" + submitted + "/reject", Map.of("reason", " ")).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Please give a reason"));
		post(SignedIn.officer(), "/staff/applications/" + submitted + "/reject", Map.of("reason", "Not a resident"))
			.expectStatus()
			.isSeeOther();
		assertThat(applicationById(submitted).getString("status")).isEqualTo("REJECTED");
		post(SignedIn.officer(), "/staff/applications/" + submitted + "/schedule",
				Map.of("date", LocalDate.now().plusDays(1).toString(), "place", "Leh", "instructorId",
						RegistrationFixtures.INSTRUCTOR_ID))
			.expectStatus()
			.isEqualTo(409);
		assertThat(audit(submitted)).extracting((event) -> event.getString("action"))
			.containsExactly("APPLICATION_REJECTED");
	}

	/**
	 * Marks 14 days before the test were accepted; now refused, with what was typed kept.
	 */
	@Test
	void marksBeforeTheTestDayAreRefusedAndKeptOnThePage() {
		String id = this.fixtures.application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		LocalDate testDay = LocalDate.now(IndiaTime.ZONE).plusDays(14);
		post(SignedIn.officer(), "/staff/applications/" + id + "/schedule",
				Map.of("date", testDay.toString(), "place", "Leh", "instructorId", RegistrationFixtures.INSTRUCTOR_ID))
			.expectStatus()
			.isSeeOther();
		post(SignedIn.instructor(), "/staff/applications/" + id + "/marks",
				Map.of("technique", "8", "finish", "7", "design", "6", "speed", "6", "remarks", "Early"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((page) -> assertThat(page)
				.contains("Marks can be recorded from the day of the test ("
						+ testDay.format(
								java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))
						+ "), not before.")
				.contains("id=\"technique\" name=\"technique\" type=\"number\" value=\"8\"")
				.contains("value=\"Early\""));
		assertThat(applicationById(id).getString("status")).isEqualTo("TEST_SCHEDULED");
	}

	@Test
	void badInputGetsMessagesBesideTheFieldsAndSavesNothing() {
		String mobile = RegistrationFixtures.newMobile();
		long photosBefore = this.mongo.count(new Query(), "photos.files").block();

		Map<String, String> empty = Map.of("name", "", "mobile", "");
		apply(empty, null, null).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Please fill this in.")
				.contains("Please tick at least one craft.")
				.contains("Please choose a photo of yourself.")
				.contains("Please tick the box to agree"));

		Map<String, String> wrong = new java.util.HashMap<>(form(mobile));
		wrong.put("mobile", "12345");
		wrong.put("pinCode", "110001");
		wrong.put("dateOfBirth", today().plusDays(1).toString());
		apply(wrong, "me.jpg", RegistrationFixtures.jpeg(50, 50)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Enter a 10-digit mobile number")
				.contains("This PIN code is outside Ladakh")
				.contains("The date of birth cannot be in the future"));

		Map<String, String> valid = form(mobile);
		apply(valid, "big.jpg", new byte[2 * 1024 * 1024 + 1]).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("The photo is larger than 2 MB"));
		apply(valid, "page.jpg", "<html><body><script>alert(1)</script></body></html>".getBytes()).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("This file is not a photo we can read")
				.contains("value=\"Padma Angmo\""));

		assertThat(this.mongo.count(Query.query(Criteria.where("applicant.mobile").is(mobile)), "artisan_applications")
			.block()).isZero();
		assertThat(this.mongo.count(new Query(), "photos.files").block()).isEqualTo(photosBefore);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gif", "bmp", "tiff" })
	void onlyJpegAndPngPortraitsAreTaken(String format) {
		String mobile = RegistrationFixtures.newMobile();
		apply(form(mobile), "me." + format, TestImages.encoded(format, 300, 400)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("id=\"photo-error\"")
				.contains("Only JPEG and PNG photos are accepted")
				.contains("value=\"Padma Angmo\""));
		assertThat(applicationCount(mobile)).isZero();
	}

	@Test
	void aPortraitOfMoreThanSixteenMegapixelsIsRefusedBesideTheField() {
		String mobile = RegistrationFixtures.newMobile();
		apply(form(mobile), "big.png", TestImages.blankPng(5000, 4000)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("id=\"photo-error\"").contains("The photo has too many pixels"));
		assertThat(applicationCount(mobile)).isZero();
		apply(form(mobile), "fine.png", TestImages.blankPng(4000, 4000)).expectStatus().isSeeOther();
	}

	/**
	 * The photo's pixel data is cut short: only decoding it would tell. While other
	 * fields are wrong it is not decoded, so the answer shows their messages alone; once
	 * they are right, decoding finds the fault.
	 */
	@Test
	void aFormWithMistakesIsAnsweredWithoutDecodingThePhoto() {
		String mobile = RegistrationFixtures.newMobile();
		byte[] cutShort = TestImages.truncatedPng(1200, 900);
		Map<String, String> wrong = new java.util.HashMap<>(form(mobile));
		wrong.put("pinCode", "110001");
		apply(wrong, "me.png", cutShort).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("This PIN code is outside Ladakh")
				.contains("value=\"Padma Angmo\"")
				.doesNotContain("id=\"photo-error\""));
		apply(form(mobile), "me.png", cutShort).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("This file is not a photo we can read"));
		assertThat(applicationCount(mobile)).isZero();
	}

	@Test
	void anAddressMaySendFiveApplicationsAnHourThenIsAskedToWait() {
		ClientAddress address = ClientAddress.fresh();
		for (int i = 0; i < 5; i++) {
			apply(address, form(RegistrationFixtures.newMobile()), "me.jpg", RegistrationFixtures.jpeg(100, 100))
				.expectStatus()
				.isSeeOther();
		}
		String mobile = RegistrationFixtures.newMobile();
		apply(address, form(mobile), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus()
			.isEqualTo(429)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Too many applications were sent from your network")
				.contains("value=\"Padma Angmo\""));
		assertThat(applicationCount(mobile)).isZero();

		apply(ClientAddress.fresh(), form(mobile), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus()
			.isSeeOther();
		assertThat(applicationCount(mobile)).isOne();
	}

	@Test
	void aPhotoSentWhileEveryDecodingSlotIsTakenIsAskedToComeBackSoon() throws InterruptedException {
		String mobile = RegistrationFixtures.newMobile();
		try (HeldDecodeSlots held = HeldDecodeSlots.all(this.decodeSlots)) {
			apply(form(mobile), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus()
				.isEqualTo(503)
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains("id=\"photo-error\"")
					.contains("We are checking many photos right now")
					.contains("value=\"Padma Angmo\""));
		}
		assertThat(applicationCount(mobile)).isZero();
		apply(form(mobile), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus().isSeeOther();
	}

	@Test
	void aFailedApplicantMayApplyAgainOnlyAfterTheWait() {
		String recent = RegistrationFixtures.newMobile();
		this.fixtures.application(ApplicationStatus.TEST_FAILED, District.LEH, recent,
				this.clock.instant().minus(10, ChronoUnit.DAYS));
		String allowedFrom = today().minusDays(10).plusDays(90).toString();
		apply(form(recent), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("you may apply again from " + allowedFrom));

		String longAgo = RegistrationFixtures.newMobile();
		this.fixtures.application(ApplicationStatus.TEST_FAILED, District.LEH, longAgo,
				Instant.now().minus(91, ChronoUnit.DAYS));
		apply(form(longAgo), "me.jpg", RegistrationFixtures.jpeg(100, 100)).expectStatus().isSeeOther();
	}

	@Test
	void anOfficerEntersAnApplicationOnSomeonesBehalf() {
		String mobile = RegistrationFixtures.newMobile();
		MultipartBodyBuilder body = multipart(form(mobile), "me.png", RegistrationFixtures.jpeg(64, 64));
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/applications/new")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).startsWith("/staff/applications/app-"));
		Document application = applicationByMobile(mobile);
		assertThat(application.getString("enteredBy")).isEqualTo("usr-test-officer");
		assertThat(audit(application.getString("_id"))).extracting((event) -> event.getString("action"))
			.containsExactly("APPLICATION_ENTERED");
	}

	@Test
	void onlyStaffReachTheConsoleAndOnlyOfficersDecide() {
		this.http.get()
			.uri("/staff")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(302, 303, 401, 403));
		for (MarketplaceUser outsider : List.of(SignedIn.buyer(), SignedIn.seller("art-0001"), SignedIn.accounts())) {
			this.http.mutateWith(SignedIn.as(outsider)).get().uri("/staff").exchange().expectStatus().isForbidden();
			this.http.mutateWith(SignedIn.as(outsider))
				.get()
				.uri("/staff/sellers")
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.http.mutateWith(SignedIn.as(SignedIn.instructor())).get().uri("/staff").exchange().expectStatus().isOk();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Applications awaiting a test"));

		String passed = this.fixtures.application(ApplicationStatus.TEST_PASSED, District.LEH,
				RegistrationFixtures.newMobile(), Instant.now());
		post(SignedIn.instructor(), "/staff/applications/" + passed + "/approve", Map.of()).expectStatus()
			.isForbidden();
		post(SignedIn.buyer(), "/staff/applications/" + passed + "/reject", Map.of("reason", "x")).expectStatus()
			.isForbidden();
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/applications/new")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(applicationById(passed).getString("status")).isEqualTo("TEST_PASSED");
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/applications/" + passed)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get().uri("/register/artisan").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/register/artisan?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("कारीगर के रूप में पंजीकरण"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** From an address of its own, so that tests never share the per-address limit. */
	private WebTestClient.ResponseSpec apply(Map<String, String> fields, String filename, byte[] photo) {
		return apply(ClientAddress.fresh(), fields, filename, photo);
	}

	private WebTestClient.ResponseSpec apply(ClientAddress address, Map<String, String> fields, String filename,
			byte[] photo) {
		return this.http.mutateWith(address)
			.mutateWith(csrf())
			.post()
			.uri("/register/artisan")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(multipart(fields, filename, photo).build()))
			.exchange();
	}

	private static MultipartBodyBuilder multipart(Map<String, String> fields, String filename, byte[] photo) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		fields.forEach((name, value) -> {
			if (name.equals("crafts")) {
				for (String craft : value.split(",")) {
					body.part("crafts", craft);
				}
			}
			else {
				body.part(name, value);
			}
		});
		if (photo != null) {
			body.part("photo", photo).filename(filename).contentType(MediaType.IMAGE_JPEG);
		}
		return body;
	}

	private WebTestClient.ResponseSpec status(String reference, String mobile) {
		return this.http.mutateWith(csrf())
			.post()
			.uri("/register/status")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("reference", reference.toLowerCase()).with("mobile", mobile))
			.exchange();
	}

	private String applicationPage(String id, ResponseCookie session) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/applications/" + id + "?done=approved")
			.cookie(session.getName(), session.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String uri, Map<String, String> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private static Map<String, String> form(String mobile) {
		return Map.ofEntries(Map.entry("name", "Padma Angmo"), Map.entry("parentage", "Tsering Angchuk"),
				Map.entry("dateOfBirth", "1992-03-14"), Map.entry("gender", "FEMALE"),
				Map.entry("mobile", "+91 " + mobile), Map.entry("district", "LEH"), Map.entry("block", "Leh"),
				Map.entry("village", "Saboo"), Map.entry("pinCode", "194101"),
				Map.entry("crafts", "pashmina-weaving,wood-carving"), Map.entry("yearsOfPractice", "12"),
				Map.entry("consent", "on"));
	}

	private Document applicationByMobile(String mobile) {
		return this.mongo
			.findOne(Query.query(Criteria.where("applicant.mobile").is(mobile)), Document.class, "artisan_applications")
			.block();
	}

	private long applicationCount(String mobile) {
		return this.mongo.count(Query.query(Criteria.where("applicant.mobile").is(mobile)), "artisan_applications")
			.block();
	}

	private Document applicationById(String id) {
		return this.mongo.findById(id, Document.class, "artisan_applications").block();
	}

	private long photoCount(String id) {
		return this.mongo.count(Query.query(Criteria.where("_id").is(id)), "photos.files").block();
	}

	private List<Document> audit(String subjectId) {
		return this.mongo
			.find(Query.query(Criteria.where("subjectId").is(subjectId))
				.with(org.springframework.data.domain.Sort.by("at", "_id")), Document.class, "audit_events")
			.collectList()
			.block();
	}

}
