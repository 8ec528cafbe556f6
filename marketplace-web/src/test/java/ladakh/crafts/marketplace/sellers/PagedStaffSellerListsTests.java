package ladakh.crafts.marketplace.sellers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the staff's SHG list (by name) and training-centre list (by id) show one page
 * of 50 with a next link; following the links shows every one once.
 */
@MockServerTest
class PagedStaffSellerListsTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> made = new ArrayList<>();

	@AfterEach
	void remove() {
		new SellerFixtures(this.mongo).remove(this.made.toArray(String[]::new));
	}

	@Test
	void theShgListShowsFiftyAPageAndItsNextLinksLeadToEveryGroupOnce() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		for (int i = 0; i < 53; i++) {
			String id = "shg-paged-" + this.run + "-" + i;
			// Names that tie in pairs: the id orders them.
			sellers.insert(new Document("_id", id).append("type", "SHG")
				.append("name", "Paged SHG " + (i / 2))
				.append("status", "ACTIVE")
				.append("shg", new Document("memberIds", List.of()).append("fundBalanceMinor", 0L)));
			this.made.add(id);
		}
		assertThat(walk("/staff/shgs", Pattern.compile("href=\"/staff/shgs/(shg-paged-" + this.run + "-\\d+)\"")))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.made);
	}

	@Test
	void theCentreListShowsFiftyAPageAndItsNextLinksLeadToEveryCentreOnce() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		for (int i = 0; i < 53; i++) {
			String id = "tc-paged-" + this.run + "-" + i;
			sellers.insert(new Document("_id", id).append("type", "TRAINING_CENTRE")
				.append("name", "Paged centre " + i)
				.append("district", "LEH")
				.append("status", "ACTIVE")
				.append("centre",
						new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 2)
							.append("courseMonths", 12)
							.append("monthlyStipendMinor", 150_000L)));
			this.made.add(id);
		}
		assertThat(walk("/staff/centres", Pattern.compile("href=\"/staff/centres/(tc-paged-" + this.run + "-\\d+)\"")))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(this.made);
	}

	/** Every row of every page, following the next links; no page shows more than 50. */
	private List<String> walk(String first, Pattern ours) {
		List<String> seen = new ArrayList<>();
		String path = first;
		int pages = 0;
		while (path != null) {
			assertThat(++pages).as("pages").isLessThan(100);
			String html = page(path);
			assertThat(count(Pattern.compile("<td><a href=\"/staff/"), html)).isLessThanOrEqualTo(50);
			Matcher row = ours.matcher(html);
			while (row.find()) {
				seen.add(row.group(1));
			}
			Matcher next = NEXT.matcher(html);
			path = next.find() ? next.group(1).replace("&amp;", "&") : null;
		}
		assertThat(pages).as("more than one page").isGreaterThan(1);
		return seen;
	}

	private static int count(Pattern pattern, String html) {
		int found = 0;
		for (Matcher matcher = pattern.matcher(html); matcher.find();) {
			found++;
		}
		return found;
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
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
