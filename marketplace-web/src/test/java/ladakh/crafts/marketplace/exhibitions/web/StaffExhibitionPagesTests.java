package ladakh.crafts.marketplace.exhibitions.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
 * The officers' exhibition pages on the in-process MongoDB: announcing an exhibition, its
 * facts and call for applications, its stall plan from the form and from a file (every
 * bad row reported, nothing saved partly), and the version check that turns a second
 * officer's save from the same reading into a 409.
 */
@MockServerTest
class StaffExhibitionPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String fair = "matrix-fair-" + this.run + "-2099";

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		new SellerFixtures(this.mongo).craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई");
		this.mongo
			.insert(new Document("_id", this.fair)
				.append("name", new Document("en", "Matrix Fair").append("hi", "मेला"))
				.append("place", "Leh")
				.append("district", "LEH")
				.append("startsOn", "2099-09-20")
				.append("endsOn", "2099-09-26"), "exhibitions")
			.block();
	}

	@Test
	void anOfficerAnnouncesAnExhibitionWithItsCallForApplicationsAndFindsItInTheList() {
		String name = "Hemis Crafts Mela " + this.run;
		String location = officer().post()
			.uri("/staff/exhibitions")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(facts(name, "0")))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String id = "hemis-crafts-mela-" + this.run + "-" + this.today.plusDays(40).getYear();
		assertThat(location).isEqualTo("/staff/exhibitions/" + id + "?done=created");
		Document stored = this.mongo.findById(id, Document.class, "exhibitions").block();
		assertThat(stored.get("name", Document.class).getString("hi")).isEqualTo("हेमिस शिल्प मेला");
		Document call = stored.get("applications", Document.class);
		assertThat(call.getString("closesOn")).isEqualTo(this.today.plusDays(20).toString());
		assertThat(call.getList("sellerKinds", String.class)).containsExactly("ARTISAN", "SHG");
		assertThat(call.getList("crafts", String.class)).containsExactly("pashmina-weaving");
		assertThat(page(location, 200)).contains("The exhibition is announced.", "value=\"" + name + "\"");
		assertThat(page("/staff/exhibitions?lang=hi", 200)).contains("प्रदर्शनियाँ", "हेमिस शिल्प मेला");
		assertThat(page("/staff/exhibitions", 200)).contains("href=\"/staff/exhibitions/" + id + "\"",
				"href=\"/staff/exhibitions/" + id + "/stalls\"");
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndNothingIsSaved() {
		MultiValueMap<String, String> form = facts("", "0");
		form.set("closesOn", "not a date");
		String html = post("/staff/exhibitions", form, 400);
		assertThat(html).contains("Give a name in English of at most 120 characters.", "Give a date.");
		// The domain's own rule: applications close before the exhibition begins.
		MultiValueMap<String, String> late = facts("Late Call " + this.run, "0");
		late.set("closesOn", this.today.plusDays(45).toString());
		late.set("feeDueOn", this.today.plusDays(45).toString());
		assertThat(post("/staff/exhibitions", late, 400))
			.contains("Applications must close before the exhibition begins.", "field--invalid");
		assertThat(this.mongo
			.findById("late-call-" + this.run + "-" + this.today.plusDays(40).getYear(), Document.class, "exhibitions")
			.block()).isNull();
		// No exhibition runs a year: the home page finds those on now among those begun
		// in the last year.
		MultiValueMap<String, String> yearLong = facts("Year Long " + this.run, "0");
		yearLong.set("endsOn", this.today.plusDays(40).plusYears(1).toString());
		assertThat(post("/staff/exhibitions", yearLong, 400))
			.contains("An exhibition runs for less than a year: check the last day.", "field--invalid");
		assertThat(this.mongo
			.findById("year-long-" + this.run + "-" + this.today.plusDays(40).getYear(), Document.class, "exhibitions")
			.block()).isNull();
	}

	@Test
	void ofTwoOfficersSavingFromTheSameReadingTheSecondIsToldToLookAgain() {
		post("/staff/exhibitions/" + this.fair, facts("Matrix Fair renamed", "0"), 303);
		String html = post("/staff/exhibitions/" + this.fair, facts("Matrix Fair other", "0"), 409);
		assertThat(html).contains("Another officer changed this exhibition", "value=\"Matrix Fair renamed\"",
				"name=\"version\" value=\"1\"");
		assertThat(this.mongo.findById(this.fair, Document.class, "exhibitions")
			.block()
			.get("name", Document.class)
			.getString("en")).isEqualTo("Matrix Fair renamed");
	}

	@Test
	void stallsAreAddedChangedAndRemovedFromTheForm() {
		post("/staff/exhibitions/" + this.fair + "/stalls", stall("0", "A-1", "handicraft", "3x2.5", "1,500", "gi"),
				303);
		post("/staff/exhibitions/" + this.fair + "/stalls", stall("1", "A-2", "food", "3x3", "800", ""), 303);
		post("/staff/exhibitions/" + this.fair + "/stalls", stall("2", "A-1", "handloom", "4x3", "2000", ""), 303);
		List<Document> stalls = stalls();
		assertThat(stalls).extracting((s) -> s.getString("number")).containsExactly("A-1", "A-2");
		assertThat(stalls.get(0).getString("kind")).isEqualTo("HANDLOOM");
		assertThat(stalls.get(0).getInteger("widthDm")).isEqualTo(40);
		assertThat(stalls.get(0).get("feeMinor", Number.class).longValue()).isEqualTo(200_000L);
		String html = page("/staff/exhibitions/" + this.fair + "/stalls?edit=A-2", 200);
		assertThat(html).contains("Change stall A-2", "value=\"800\"", "Food", "₹");

		String refused = post("/staff/exhibitions/" + this.fair + "/stalls", stall("3", "A 3", "tent", "3", "-5", ""),
				400);
		assertThat(refused).contains("A stall number is letters and digits", "Write handicraft, handloom",
				"Write the size in metres as width x depth");
		MultiValueMap<String, String> remove = new LinkedMultiValueMap<>();
		remove.add("version", "3");
		post("/staff/exhibitions/" + this.fair + "/stalls/A-1/delete", remove, 303);
		assertThat(stalls()).extracting((s) -> s.getString("number")).containsExactly("A-2");
		// A removal from an old reading is refused, not applied to a plan the officer
		// has not seen.
		remove.set("version", "3");
		assertThat(post("/staff/exhibitions/" + this.fair + "/stalls/A-2/delete", remove, 409))
			.contains("Another officer changed this exhibition");
	}

	@Test
	void aPlanFileWithBadRowsReportsEveryRowBesideTheUploadAndSavesNothing() {
		upload("0", "plan.csv",
				("number,kind,size,fee,x,y,reserved\nA-1,handicraft,3x3,1500,0,0,gi\n" + "A-2,handloom,3x3,1500,3,0,\n")
					.getBytes(StandardCharsets.UTF_8),
				303);
		assertThat(stalls()).hasSize(2);
		String bad = "number,kind,size,fee,x,y,reserved\nB-1,handicraft,3x3,1500,0,0,\nB-2,tent,3x3,1500,3,0,\n"
				+ "B-3,food,3x3,lots,6,0,\nB-1,food,3x3,100,9,0,\n";
		String html = upload("1", "plan.csv", bad.getBytes(StandardCharsets.UTF_8), 400);
		assertThat(html).contains("Nothing was saved: the file has 3 mistakes", "Row 3, kind:", "Row 4, fee:",
				"Row 5, number: Stall B-1 is already on row 2.", "id=\"plan-file-error\"");
		assertThat(stalls()).extracting((s) -> s.getString("number")).containsExactly("A-1", "A-2");
		assertThat(upload("1", "plan.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 }, 400))
			.contains("The file is not a CSV text file.");
		assertThat(upload("0", "plan.csv",
				"number,kind,size,fee,x,y,reserved\nC-1,food,3x3,100,0,0,\n".getBytes(StandardCharsets.UTF_8), 409))
			.contains("Another officer changed this exhibition");
		assertThat(stalls()).extracting((s) -> s.getString("number")).containsExactly("A-1", "A-2");
	}

	@Test
	void anExhibitionsApplicationsAreListedForOfficers() {
		this.mongo
			.insert(new Document("_id", "sap-staff-" + this.run).append("exhibitionId", this.fair)
				.append("sellerId", "art-staff-" + this.run)
				.append("sellerKind", "ARTISAN")
				.append("crafts", List.of("pashmina-weaving"))
				.append("listingIds", List.of())
				.append("kind", "HANDLOOM")
				.append("widthDm", 30)
				.append("depthDm", 30)
				.append("status", "APPLIED")
				.append("appliedAt", new java.util.Date())
				.append("version", 0L), "stall_applications")
			.block();
		new SellerFixtures(this.mongo).artisan("art-staff-" + this.run, "Stanzin Staff", null, "ACTIVE",
				this.today.plusYears(1));
		assertThat(page("/staff/exhibitions/" + this.fair + "/applications", 200)).contains("Stanzin Staff",
				"Pashmina weaving", "Handloom", "Applied, waiting for the draw");
	}

	private List<Document> stalls() {
		return this.mongo.findById(this.fair, Document.class, "exhibitions")
			.block()
			.getList("stalls", Document.class, List.of());
	}

	private MultiValueMap<String, String> facts(String name, String version) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", version);
		form.add("nameEn", name);
		form.add("nameHi", "हेमिस शिल्प मेला");
		form.add("venue", "Hemis Monastery");
		form.add("place", "Hemis");
		form.add("district", "LEH");
		form.add("startsOn", this.today.plusDays(40).toString());
		form.add("endsOn", this.today.plusDays(42).toString());
		form.add("opensOn", this.today.toString());
		form.add("closesOn", this.today.plusDays(20).toString());
		form.add("feeDueOn", this.today.plusDays(30).toString());
		form.add("sellerKinds", "ARTISAN");
		form.add("sellerKinds", "SHG");
		form.add("crafts", "pashmina-weaving");
		return form;
	}

	private static MultiValueMap<String, String> stall(String version, String number, String kind, String size,
			String fee, String reserved) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", version);
		form.add("number", number);
		form.add("kind", kind);
		form.add("size", size);
		form.add("fee", fee);
		form.add("x", "0");
		form.add("y", "0");
		form.add("reserved", reserved);
		return form;
	}

	private String upload(String version, String filename, byte[] bytes, int status) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("version", version);
		parts.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.parseMediaType("text/csv"));
		return officer().post()
			.uri("/staff/exhibitions/" + this.fair + "/stalls/upload")
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient officer() {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer())).mutateWith(csrf());
	}

	private String post(String path, MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(SignedIn.officer(), path, form, status);
	}

	private String page(String path, int status) {
		return new HtmlForms(this.http).page(SignedIn.officer(), path, status);
	}

}
