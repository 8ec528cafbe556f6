package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: each of the staff console's queues shows one page (100, the length the queues
 * had) with its own next link that leads to the rest, each application once: the
 * officer's queue by last change, an instructor's tests by date (all on one day here, so
 * the id orders them).
 */
@MockServerTest
class PagedStaffQueuesTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern ROW = Pattern.compile("href=\"/staff/applications/(app-[^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final List<String> made = new ArrayList<>();

	@AfterEach
	void remove() {
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.made)), "artisan_applications").block();
	}

	@Test
	void theOfficersQueueOfApplicationsAwaitingATestPagesThroughEveryOneOnce() {
		seed(ApplicationStatus.SUBMITTED);
		assertThat(walk(SignedIn.officer(), "awaiting")).doesNotHaveDuplicates().containsAll(this.made);
	}

	@Test
	void anInstructorsTestsToRecordPageThroughEveryOneOnce() {
		seed(ApplicationStatus.TEST_SCHEDULED);
		assertThat(walk(SignedIn.instructor(), "to-record")).doesNotHaveDuplicates().containsAll(this.made);
	}

	private void seed(ApplicationStatus status) {
		RegistrationFixtures fixtures = new RegistrationFixtures(this.mongo);
		for (int i = 0; i < 105; i++) {
			this.made.add(fixtures.application(status, District.LEH, RegistrationFixtures.newMobile(), Instant.now()));
		}
	}

	/**
	 * The rows of one queue on every page, following that queue's next links; no page
	 * shows more than 100 of it.
	 */
	private List<String> walk(MarketplaceUser who, String queue) {
		List<String> seen = new ArrayList<>();
		String path = "/staff";
		int pages = 0;
		while (path != null) {
			assertThat(++pages).as("pages").isLessThan(50);
			String html = page(who, path);
			int start = html.indexOf("aria-labelledby=\"" + queue + "\"");
			String section = html.substring(start, html.indexOf("</section>", start));
			int rows = 0;
			for (Matcher row = ROW.matcher(section); row.find();) {
				seen.add(row.group(1));
				rows++;
			}
			assertThat(rows).isLessThanOrEqualTo(100);
			Matcher next = NEXT.matcher(section);
			path = next.find() ? next.group(1).replace("&amp;", "&") : null;
		}
		assertThat(pages).as("more than one page").isGreaterThan(1);
		return seen;
	}

	private String page(MarketplaceUser who, String path) {
		return this.http.mutateWith(SignedIn.as(who))
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
