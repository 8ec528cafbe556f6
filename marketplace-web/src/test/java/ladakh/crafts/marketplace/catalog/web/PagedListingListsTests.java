package ladakh.crafts.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.catalog.ListingReviews;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a seller's listings and the officers' queue show one page of 50 with a
 * working link to the next, in English and Hindi; following the links shows every listing
 * exactly once.
 */
@MockServerTest
class PagedListingListsTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern ROW = Pattern.compile("id=\"listing-([^\"]+)\"");

	private static final Pattern STAFF_LINK = Pattern.compile("href=\"/staff/listings/(lst-test-[^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ListingFixtures fixtures;

	private String seller;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.seller = "art-paged-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).artisan(this.seller, "Padma Angmo", null, "ACTIVE",
				LocalDate.now().plusYears(2));
	}

	@Test
	void aSellersListingsShowFiftyAndANextPageLinkThatShowsTheRest() {
		Set<String> made = new HashSet<>();
		for (int i = 0; i < 55; i++) {
			made.add(this.fixtures.listing(this.seller, "DRAFT"));
		}
		String first = page(SignedIn.seller(this.seller), "/seller/listings");
		assertThat(rows(first)).hasSize(50);
		assertThat(first).contains("Next page");
		assertThat(page(SignedIn.seller(this.seller), "/seller/listings?lang=hi")).contains("अगला पृष्ठ");
		String second = page(SignedIn.seller(this.seller), next(first));
		assertThat(rows(second)).hasSize(5);
		assertThat(second).doesNotContain("rel=\"next\"");
		List<String> all = new ArrayList<>(rows(first));
		all.addAll(rows(second));
		assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
	}

	@Test
	void theOfficersQueuePagesThroughEveryListingWaitingForReview() {
		Set<String> made = new HashSet<>();
		for (int i = 0; i < ListingReviews.QUEUE_PAGE + 2; i++) {
			made.add(this.fixtures.listing(this.seller, "PENDING_REVIEW"));
		}
		assertThat(page(SignedIn.officer(), "/staff/listings?lang=hi")).contains("अगला पृष्ठ", "मंज़ूरी");
		String path = "/staff/listings";
		List<String> seen = new ArrayList<>();
		int pagesSeen = 0;
		for (int pages = 0; path != null && pages < 1000; pages++) {
			String html = page(SignedIn.officer(), path);
			String pending = html.substring(html.indexOf("id=\"pending-heading\""),
					html.indexOf("id=\"live-heading\""));
			seen.addAll(matches(STAFF_LINK, pending));
			assertThat(matches(STAFF_LINK, pending)).hasSizeLessThanOrEqualTo(ListingReviews.QUEUE_PAGE);
			path = nextIn(pending);
			pagesSeen++;
		}
		assertThat(pagesSeen).isGreaterThan(1);
		assertThat(seen.stream().filter(made::contains).toList()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(made);
	}

	/**
	 * The live list reads each live state by its index and merges the pages: every live
	 * listing is shown once, whatever its state, across the pages.
	 */
	@Test
	void theOfficersLiveListPagesThroughEveryLiveStateOnceEach() {
		Set<String> made = new HashSet<>();
		for (String status : List.of("PUBLISHED", "SOLD_OUT", "PAUSED")) {
			for (int i = 0; i < 45; i++) {
				made.add(this.fixtures.listing(this.seller, status));
			}
		}
		String path = "/staff/listings";
		List<String> seen = new ArrayList<>();
		for (int pages = 0; path != null && pages < 20 && !seen.containsAll(made); pages++) {
			String html = page(SignedIn.officer(), path);
			String live = html.substring(html.indexOf("id=\"live-heading\""));
			seen.addAll(matches(STAFF_LINK, live));
			path = nextIn(live);
		}
		assertThat(seen.stream().filter(made::contains).toList()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(made);
	}

	@Test
	void theSellersListingsApiNamesTheNextPageInALinkHeader() {
		for (int i = 0; i < 51; i++) {
			this.fixtures.listing(this.seller, "DRAFT");
		}
		String link = this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri("/api/v1/seller/listings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(50)
			.returnResult()
			.getResponseHeaders()
			.getFirst("Link");
		assertThat(link).startsWith("</api/v1/seller/listings?after=").endsWith(">; rel=\"next\"");
		String next = link.substring(1, link.indexOf('>'));
		this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri(java.net.URI.create(next))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Link")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1);
	}

	/** The queue is shared by the tests: its waiting listings are left as they were. */
	@AfterEach
	void removeTheListingsMadeHere() {
		this.mongo.remove(Query.query(Criteria.where("sellerId").is(this.seller)), ListingFixtures.COLLECTION).block();
	}

	private static List<String> rows(String html) {
		return matches(ROW, html);
	}

	private static List<String> matches(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String next(String html) {
		String next = nextIn(html);
		assertThat(next).as("a next page link").isNotNull();
		return next;
	}

	private static String nextIn(String html) {
		Matcher matcher = NEXT.matcher(html);
		return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
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
