package ladakh.crafts.marketplace.sellers.home.web;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@MockServerTest
class SellerHomePageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	SellerFixtures sellers;

	@BeforeEach
	void seed() {
		this.sellers = new SellerFixtures(this.mongo).craft("thangka-painting", "Thangka painting", "थांका चित्रकला");
		this.sellers.artisan("art-home-active", "Padma Angmo", "LEH/HC/2025/0777", "ACTIVE",
				LocalDate.now().plusYears(2));
		this.sellers.artisan("art-home-suspended", "Rigzin Lhamo", "LEH/HC/2024/0778", "SUSPENDED",
				LocalDate.now().plusYears(2));
		this.sellers.artisan("art-home-expired", "Stanzin Dorjay", "LEH/HC/2019/0779", "ACTIVE",
				LocalDate.now().minusDays(1));
		this.sellers.insert(new Document("_id", "shg-home").append("type", "SHG")
			.append("name", "Phyang Weavers SHG")
			.append("district", "LEH")
			.append("village", "Phyang")
			.append("crafts", List.of("thangka-painting"))
			.append("status", "ACTIVE")
			.append("shg", new Document("memberIds", List.of("art-home-active"))));
	}

	@Test
	void anActiveArtisanSeesTheirRecordAndCanDownloadTheirCard() {
		String html = page(SignedIn.seller("art-home-active"), "/seller", 200);
		assertThat(html).contains("Your seller page", "Padma Angmo", "LEH/HC/2025/0777", "Active", "Leh",
				"Download my identity card", "href=\"/seller/id-card.pdf\"", "href=\"/sellers/art-home-active\"",
				"href=\"/verify/LEH/HC/2025/0777\"", "My listings", "Orders", "See my orders");
		assertThat(html).as("only SHGs have a fund").doesNotContain("href=\"/seller/fund\"");
		assertThat(html).as("the seller's own page shows nothing it does not need")
			.doesNotContain(SellerFixtures.MOBILE, SellerFixtures.PARENTAGE);
	}

	@Test
	void theSellerPageSpeaksHindi() {
		String html = page(SignedIn.seller("art-home-active"), "/seller?lang=hi", 200);
		assertThat(html).contains("<html lang=\"hi\"", "आपका विक्रेता पृष्ठ", "मेरा पहचान पत्र डाउनलोड करें", "सक्रिय",
				"लेह", "मेरे उत्पाद", "मेरे ऑर्डर देखें");
		assertThat(page(SignedIn.seller("shg-home"), "/seller?lang=hi", 200)).contains("आपके समूह की परिक्रामी निधि",
				"पहचान पत्र केवल पंजीकृत कारीगरों को जारी किए जाते हैं।");
	}

	@Test
	void aSuspendedOrExpiredArtisanIsToldWhyThereIsNoCard() {
		String suspended = page(SignedIn.seller("art-home-suspended"), "/seller", 200);
		assertThat(suspended).contains("Rigzin Lhamo", "Suspended", "so no card can be printed")
			.doesNotContain("href=\"/seller/id-card.pdf\"");
		String expired = page(SignedIn.seller("art-home-expired"), "/seller", 200);
		assertThat(expired).contains("Stanzin Dorjay", "Expired", "so no card can be printed")
			.doesNotContain("href=\"/seller/id-card.pdf\"");
	}

	@Test
	void anShgSeesItsFundAndNoCard() {
		String html = page(SignedIn.seller("shg-home"), "/seller", 200);
		assertThat(html)
			.contains("Phyang Weavers SHG", "Self-help group", "href=\"/seller/fund\"", "href=\"/sellers/shg-home\"",
					"Identity cards are issued to registered artisans only.")
			.doesNotContain("href=\"/seller/id-card.pdf\"");
	}

	@Test
	void aSellerWhoseRecordIsGoneGetsNotFound() {
		page(SignedIn.seller("art-home-missing"), "/seller", 404);
	}

	@Test
	void onlySellersMayOpenIt() {
		page(SignedIn.buyer(), "/seller", 403);
		page(SignedIn.officer(), "/seller", 403);
		this.http.get()
			.uri("/seller")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/login");
	}

	private String page(MarketplaceUser user, String path, int status) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
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
