package ladakh.crafts.marketplace.sellers.cards.web;

import java.time.LocalDate;

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

@MockServerTest
class VerificationPageTests {

	private static final String NUMBER = "LEH/HC/2025/0921";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	SellerFixtures sellers;

	@BeforeEach
	void seed() {
		this.sellers = new SellerFixtures(this.mongo).craft("thangka-painting", "Thangka painting", "थांका चित्रकला");
		this.sellers.insert(new Document("_id", "shg-verify").append("type", "SHG")
			.append("name", "Indus Painters SHG")
			.append("status", "ACTIVE"));
		this.sellers.artisan("art-verify", "Padma Chorol", NUMBER, "ACTIVE", LocalDate.now().plusYears(1));
		this.sellers.set("art-verify", "artisan.shgId", "shg-verify");
	}

	@Test
	void showsAnActiveRegistrationAndNothingPrivate() {
		String html = page("/verify/" + NUMBER, 200);

		assertThat(html).contains("Padma Chorol", NUMBER, "Thangka painting", "Leh", "Indus Painters SHG",
				"Active registration");
		assertNothingPrivate(html);
	}

	@Test
	void theLookupFormFindsTheSameRegistrationTypedInLowerCase() {
		assertThat(page("/verify?number=" + NUMBER.toLowerCase(), 200)).contains("Padma Chorol", "Active registration");
		assertThat(page("/verify", 200)).contains("Check a card").doesNotContain("Padma Chorol");
	}

	@Test
	void showsSuspendedOnceTheRegistrationIsSuspended() {
		this.sellers.set("art-verify", "status", "SUSPENDED");

		String html = page("/verify/" + NUMBER, 200);
		assertThat(html).contains("Suspended").doesNotContain("Active registration");
		assertNothingPrivate(html);
	}

	@Test
	void showsExpiredOncePastValidityEvenIfTheStoredStatusIsActive() {
		this.sellers.set("art-verify", "validUntil", LocalDate.now().minusDays(1).toString());

		String html = page("/verify/" + NUMBER, 200);
		assertThat(html).contains("Expired").doesNotContain("Active registration");
	}

	@Test
	void anUnknownNumberWarnsThatTheCardMayBeFake() {
		assertThat(page("/verify/LEH/HC/2025/9999", 404)).contains("may be fake");
		assertThat(page("/verify/not-a-number", 404)).contains("may be fake");
		assertThat(page("/verify?number=%3Cscript%3E", 404)).contains("may be fake").doesNotContain("<script>");
	}

	@Test
	void speaksHindi() {
		String html = page("/verify/" + NUMBER + "?lang=hi", 200);
		assertThat(html).contains("<html lang=\"hi\"", "सक्रिय पंजीकरण", "थांका चित्रकला", "लेह");
	}

	private void assertNothingPrivate(String html) {
		assertThat(html).doesNotContain(SellerFixtures.MOBILE)
			.doesNotContain(SellerFixtures.VILLAGE)
			.doesNotContain(SellerFixtures.PARENTAGE)
			.doesNotContain(String.valueOf(SellerFixtures.BIRTH_YEAR))
			.doesNotContain("Khaltse");
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
