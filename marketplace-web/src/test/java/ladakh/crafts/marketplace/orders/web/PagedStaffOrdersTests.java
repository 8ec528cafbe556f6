package ladakh.crafts.marketplace.orders.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the accounts staff's order page shows one page of 50 of each of its lists
 * (awaiting payment, flagged, payments given back), each with its own next link that
 * leads to the rest, each order once, the other lists staying where they are.
 */
@MockServerTest
class PagedStaffOrdersTests {

	private static final Pattern NEXT = Pattern.compile("class=\"pager__next\" rel=\"next\" href=\"([^\"]+)\"");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> made = new ArrayList<>();

	@AfterEach
	void remove() {
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.made)), "orders").block();
	}

	@Test
	void theOrdersAwaitingPaymentShowFiftyAPageAndTheirNextLinksLeadToEveryOneOnce() {
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		for (int i = 0; i < 53; i++) {
			this.made.add(fixtures.order("usr-staff-paged-" + this.run, null, "AWAITING_PAYMENT", "AWAITING_PAYMENT")
				.getString("_id"));
		}
		List<String> seen = walk("awaiting-orders", Pattern.compile("/staff/orders/(ord-[^/\"]+)/payments"));
		assertThat(seen).doesNotHaveDuplicates().containsAll(this.made);
	}

	@Test
	void thePaymentsGivenBackShowFiftyAPageAndTheirNextLinksLeadToEveryOneOnce() {
		FulfilmentFixtures fixtures = new FulfilmentFixtures(this.mongo);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			String id = fixtures.order("usr-staff-paged-" + this.run, null, "EXPIRED", "EXPIRED").getString("_id");
			String number = "PG-" + this.run + "-" + i;
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().set("number", number)
						.set("hasReturnedPayments", true)
						.set("returnedPayments",
								List.of(new Document("reference", "pi_" + this.run + i).append("amountMinor", 10_000L)
									.append("currency", "INR")
									.append("source", "STRIPE")
									.append("reason", "EXPIRED")
									.append("refundKey", "payment-refund:pi_" + this.run + i)
									.append("refundStatus", "SUCCEEDED")
									.append("at", new Date()))),
					"orders")
				.block();
			this.made.add(id);
			numbers.add(number);
		}
		List<String> seen = walk("returned-orders", Pattern.compile("id=\"returned-(PG-" + this.run + "-\\d+)\""));
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(numbers);
	}

	/**
	 * The rows of one list on every page, following that list's next links; no page shows
	 * more than 50 of it.
	 */
	private List<String> walk(String section, Pattern row) {
		List<String> seen = new ArrayList<>();
		String path = "/staff/orders";
		int pages = 0;
		while (path != null) {
			assertThat(++pages).as("pages").isLessThan(100);
			String html = page(path);
			int start = html.indexOf("id=\"" + section + "\"");
			String list = html.substring(start, html.indexOf("</section>", start));
			int rows = 0;
			for (Matcher found = row.matcher(list); found.find();) {
				seen.add(found.group(1));
				rows++;
			}
			assertThat(rows).isLessThanOrEqualTo(50);
			Matcher next = NEXT.matcher(list);
			path = next.find() ? next.group(1).replace("&amp;", "&") : null;
		}
		assertThat(pages).as("more than one page").isGreaterThan(1);
		return seen;
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
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
