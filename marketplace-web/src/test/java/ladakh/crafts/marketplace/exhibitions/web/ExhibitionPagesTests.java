package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public exhibition pages over the stored exhibitions and stall allocations, in
 * English and Hindi.
 */
@MockServerTest
class ExhibitionPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String festival = "ladakh-festival-" + this.run;

	private final String pastFair = "sindhu-darshan-" + this.run;

	private final String onNow = "dosmoche-" + this.run;

	private final String artisan = "art-exh-" + this.run;

	private final String shg = "shg-exh-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		LocalDate today = LocalDate.now();
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("pashmina-weaving", "Pashmina weaving",
				"पश्मीना बुनाई");
		sellers.artisan(this.artisan, "Tsering Dolma", "LEH/HC/2025/0777", "ACTIVE", today.plusYears(1));
		sellers.insert(new Document("_id", this.shg).append("type", "SHG")
			.append("name", "Chuchot Women SHG")
			.append("district", "LEH")
			.append("status", "ACTIVE"));
		insert("exhibitions",
				exhibition(this.festival, "Ladakh Festival", "लद्दाख महोत्सव", LocalDate.of(2099, 9, 20),
						LocalDate.of(2099, 9, 26))
					.append("venue", "Polo Ground")
					.append("stalls", List.of(stall("A-1", 0, 0, "GI_CRAFT"), stall("A-2", 30, 0, null),
							stall("A-3", 60, 0, null))));
		insert("exhibitions",
				exhibition(this.pastFair, "Sindhu Darshan", "सिंधु दर्शन", today.minusDays(3), today.minusDays(1)));
		insert("exhibitions",
				exhibition(this.onNow, "Dosmoche Mela", "दोसमोछे मेला", today.minusDays(1), today.plusDays(1)));
		insert("stall_allocations",
				new Document("_id", this.festival + ":A-1").append("exhibitionId", this.festival)
					.append("stallNumber", "A-1")
					.append("sellerId", this.artisan)
					.append("crafts", List.of("pashmina-weaving")));
		insert("stall_allocations",
				new Document("_id", this.festival + ":A-3").append("exhibitionId", this.festival)
					.append("stallNumber", "A-3")
					.append("sellerId", this.shg));
	}

	@Test
	void theCalendarSortsExhibitionsIntoOnNowComingUpAndPastWithIndianDates() {
		String html = page("/exhibitions", 200);
		int current = html.indexOf("On now");
		int upcoming = html.indexOf("Coming up");
		int past = html.indexOf("Past exhibitions");
		assertThat(html.indexOf("Dosmoche Mela")).isBetween(current, upcoming);
		assertThat(html.indexOf("Ladakh Festival")).isBetween(upcoming, past);
		assertThat(html.indexOf("Sindhu Darshan")).isGreaterThan(past);
		assertThat(html).contains("20–26 Sep 2099", "Polo Ground, Leh", "href=\"/exhibitions/" + this.festival + "\"");
	}

	@Test
	void everyPageLinksToTheCalendarFromItsFooter() {
		String html = page("/", 200);
		assertThat(html.substring(html.indexOf("<footer"))).contains("href=\"/exhibitions\"", ">Exhibitions</a>");
	}

	@Test
	void anExhibitionShowsItsDatesVenueStallMapAndParticipantsByCraft() {
		String html = page("/exhibitions/" + this.festival, 200);
		assertThat(html).contains("Ladakh Festival", "20–26 Sep 2099", "Polo Ground, Leh", "<svg");
		String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
		assertThat(svg).contains("href=\"/sellers/" + this.artisan + "\"", ">Tsering Dolma</text>",
				"href=\"/sellers/" + this.shg + "\"", ">Chuchot Women SHG</text>", "Stall A-2: not allocated",
				"viewBox=\"0 0 196 76\"");
		assertThat(html).contains("Participants by craft", "Pashmina weaving", "Other crafts", "stall A-1",
				"GI crafts: 1");
		assertThat(html.indexOf("Pashmina weaving")).isLessThan(html.indexOf("Other crafts"));
	}

	@Test
	void thePagesSpeakHindi() {
		assertThat(page("/exhibitions?lang=hi", 200)).contains("<html lang=\"hi\"", "प्रदर्शनियाँ", "लद्दाख महोत्सव",
				"आने वाली");
		assertThat(page("/exhibitions/" + this.festival + "?lang=hi", 200)).contains("स्टॉल का नक्शा", "पश्मीना बुनाई",
				"शिल्प के अनुसार प्रतिभागी", "Tsering Dolma");
	}

	@Test
	void anExhibitionWithoutAPlanSaysSoAndAnUnknownOneIs404() {
		assertThat(page("/exhibitions/" + this.onNow, 200)).contains("The stall plan is not published yet.",
				"Stalls have not been allocated yet.");
		assertThat(page("/exhibitions/no-such-" + this.run, 404)).contains("Page not found");
	}

	private void insert(String collection, Document document) {
		this.mongo.insert(document, collection).block();
	}

	private static Document exhibition(String id, String en, String hi, LocalDate startsOn, LocalDate endsOn) {
		return new Document("_id", id).append("name", new Document("en", en).append("hi", hi))
			.append("place", "Leh")
			.append("district", "LEH")
			.append("startsOn", startsOn.toString())
			.append("endsOn", endsOn.toString());
	}

	private static Document stall(String number, int xDm, int yDm, String reservedFor) {
		return new Document("number", number).append("kind", "HANDICRAFT")
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", 150_000L)
			.append("currency", "INR")
			.append("xDm", xDm)
			.append("yDm", yDm)
			.append("reservedFor", reservedFor);
	}

	@Test
	void thePolicyIsExplainedInPlainEnglishAndHindiAndLinkedFromTheCalendar() {
		assertThat(page("/exhibitions", 200)).contains("href=\"/exhibitions/policy\"");
		String english = page("/exhibitions/policy", 200);
		assertThat(english).contains("How stalls are given", "Stalls kept for some sellers",
				"Fewer stalls before, earlier turn", "A lottery anyone can check", "Fees and the waiting list",
				"Check a draw yourself");
		String hindi = page("/exhibitions/policy?lang=hi", 200);
		assertThat(hindi).contains("स्टॉल कैसे दिए जाते हैं", "प्रतीक्षा सूची", "लॉटरी").doesNotContain("??");
	}

	private String page(String path, int status) {
		return this.http.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
