package ladakh.crafts.marketplace.orders.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a buyer's orders and a seller's order inbox show one page of 50, newest
 * first, with a working link to the next (in English and Hindi); the JSON list names the
 * next page in a Link header.
 */
@MockServerTest
class PagedOrderListsTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern ORDER = Pattern.compile("href=\"/orders/(ord-[^\"]+)\"");

	private static final Pattern PART = Pattern.compile("id=\"part-(ord-[^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private MarketplaceUser buyer;

	private String seller;

	private final Set<String> orders = new HashSet<>();

	private final Set<String> parts = new HashSet<>();

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-paged-orders-" + run;
		this.buyer = SignedIn.user("usr-paged-" + run, "paged-" + run + "@example.in", Set.of(Role.BUYER), null);
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		for (int i = 0; i < 53; i++) {
			var order = fixtures.order(this.buyer.id(), "paged-" + run + "@example.in", "PAID", "PAID",
					new FulfilmentFixtures.Item(this.seller, "lst-paged-" + run, 1, 10_000L));
			this.orders.add(order.getString("_id"));
			this.parts.addAll(FulfilmentFixtures.partIds(order));
		}
	}

	@Test
	void aBuyersOrdersShowFiftyAndANextLinkToTheRest() {
		String first = page(this.buyer, "/orders");
		assertThat(all(ORDER, first)).hasSize(50);
		assertThat(page(this.buyer, "/orders?lang=hi")).contains("अगला पृष्ठ");
		String second = page(this.buyer, next(first));
		assertThat(second).doesNotContain("rel=\"next\"");
		List<String> seen = new ArrayList<>(all(ORDER, first));
		seen.addAll(all(ORDER, second));
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(this.orders);
	}

	@Test
	void aSellersInboxShowsFiftyAndANextLinkToTheRest() {
		MarketplaceUser seller = SignedIn.seller(this.seller);
		String first = page(seller, "/seller/orders");
		assertThat(all(PART, first)).hasSize(50);
		assertThat(first).contains("Next page");
		assertThat(page(seller, "/seller/orders?lang=hi")).contains("अगला पृष्ठ");
		String second = page(seller, next(first));
		List<String> seen = new ArrayList<>(all(PART, first));
		seen.addAll(all(PART, second));
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(this.parts);
	}

	@Test
	void theOrdersApiNamesTheNextPageInALinkHeader() {
		String link = this.http.mutateWith(SignedIn.as(this.buyer))
			.get()
			.uri("/api/v1/orders")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(50)
			.returnResult()
			.getResponseHeaders()
			.getFirst("Link");
		assertThat(link).startsWith("</api/v1/orders?after=").endsWith(">; rel=\"next\"");
		this.http.mutateWith(SignedIn.as(this.buyer))
			.get()
			.uri(java.net.URI.create(link.substring(1, link.indexOf('>'))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Link")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(3);
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String next(String html) {
		Matcher matcher = NEXT.matcher(html);
		assertThat(matcher.find()).as("a next page link").isTrue();
		return matcher.group(1).replace("&amp;", "&");
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
