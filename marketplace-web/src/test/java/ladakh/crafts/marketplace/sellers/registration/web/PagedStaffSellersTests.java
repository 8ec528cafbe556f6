package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the staff's seller list shows one page of 50, by name, with a working link to
 * the next in English and Hindi; the search reads an index: a name prefix (typed in lower
 * case too) or an exact registration number.
 */
@MockServerTest
class PagedStaffSellersTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern ROW = Pattern.compile("href=\"/staff/sellers/(art-paged-[^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final List<String> made = new ArrayList<>();

	private String run;

	@BeforeEach
	void seed() {
		this.run = "7" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		for (int i = 0; i < 55; i++) {
			String id = "art-paged-" + this.run + "-" + i;
			sellers.artisan(id, "Zanskar Paged " + this.run + " " + (100 + i),
					"LEH/HC/2026/" + this.run.substring(0, 3) + i, "ACTIVE", LocalDate.now().plusYears(1));
			this.made.add(id);
		}
	}

	@AfterEach
	void remove() {
		new SellerFixtures(this.mongo).remove(this.made.toArray(String[]::new));
	}

	@Test
	void aSearchWithMoreThanAPageShowsFiftyByNameAndANextLinkToTheRest() {
		String first = page("/staff/sellers?q=zanskar+paged+" + this.run);
		assertThat(rows(first)).hasSize(50).isEqualTo(this.made.subList(0, 50));
		assertThat(first).contains("Next page");
		assertThat(page("/staff/sellers?lang=hi&q=Zanskar+Paged+" + this.run)).contains("अगला पृष्ठ");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(next.group(1).replace("&amp;", "&"));
		assertThat(rows(second)).isEqualTo(this.made.subList(50, 55));
		assertThat(second).doesNotContain("rel=\"next\"");
	}

	@Test
	void aRegistrationNumberFindsItsSellerExactly() {
		String number = "LEH/HC/2026/" + this.run.substring(0, 3) + 7;
		assertThat(rows(page("/staff/sellers?q=" + number.toLowerCase()))).containsExactly(this.made.get(7));
	}

	private static List<String> rows(String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private String page(String path) {
		MarketplaceUser officer = SignedIn.officer();
		return this.http.mutateWith(SignedIn.as(officer))
			.get()
			.uri(java.net.URI.create(path))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
