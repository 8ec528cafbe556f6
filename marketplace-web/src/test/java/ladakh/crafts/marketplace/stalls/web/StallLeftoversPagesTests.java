package ladakh.crafts.marketplace.stalls.web;

import java.util.UUID;

import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pieces left at a stall the seller no longer holds (issue 15, stallfix): the stall's
 * page is gone for them and nobody sells the pieces there, but the stalls list offers
 * them back online; another seller's listing is not found.
 */
@MockServerTest
class StallLeftoversPagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private StallFixtures fixtures;

	private HtmlForms forms;

	private String seller;

	private String next;

	private String fair;

	private String listing;

	@BeforeEach
	void stallWithPieces() {
		this.fixtures = new StallFixtures(this.mongo);
		this.forms = new HtmlForms(this.http);
		this.seller = StallFixtures.seller();
		this.next = StallFixtures.seller();
		this.fair = this.fixtures.exhibitionOnNow();
		this.fixtures.stall(this.fair, "A-1", this.seller);
		this.fixtures.status(this.fair, "A-1", "CONFIRMED");
		this.listing = this.fixtures.listing(this.seller, 6);
		this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/stock",
				form("listingId", this.listing, "quantity", "4", "direction", "to"), 303);
	}

	@Test
	void aConfirmedStallsPiecesAreNotListedAsLeftOver() {
		String list = this.forms.page(SignedIn.seller(this.seller), "/seller/stalls", 200);
		assertThat(list).contains("/seller/stalls/" + this.fair).doesNotContain("id=\"left-at-stalls\"");
	}

	@Test
	void piecesAtAStallPassedOnGoBackOnlineFromTheListAndNobodySellsThemThere() {
		passOn();
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(4);

		// The stall's page and its sales are no longer the first seller's.
		this.forms.page(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair, 404);
		this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/sales", sale(this.listing),
				404);
		// The stall's new holder cannot sell the pieces either: the listing is not
		// theirs.
		this.forms.post(SignedIn.seller(this.next), "/seller/stalls/" + this.fair + "/sales", sale(this.listing), 404);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(4);
		assertThat(this.fixtures.sales(this.seller)).isZero();
		assertThat(this.fixtures.sales(this.next)).isZero();

		String list = this.forms.page(SignedIn.seller(this.seller), "/seller/stalls", 200);
		assertThat(list).contains("Pieces left at stalls")
			.contains("4 pieces at Stall Fair " + this.fair)
			.contains("/seller/stalls/" + this.fair + "/back-online")
			.contains(this.listing);
		assertThat(this.forms.page(SignedIn.seller(this.next), "/seller/stalls", 200))
			.doesNotContain("id=\"left-at-stalls\"");

		// Another seller's listing: not found, nothing moves.
		this.forms.post(SignedIn.seller(this.next), "/seller/stalls/" + this.fair + "/back-online",
				form("listingId", this.listing, "quantity", "1"), 404);
		// More than the stall has: refused on the list, nothing moves.
		String refused = this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/back-online",
				form("listingId", this.listing, "quantity", "5"), 409);
		assertThat(refused).contains("The stall has fewer pieces of this listing than that.");
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(4);

		String moved = this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
			.post()
			.uri("/seller/stalls/" + this.fair + "/back-online")
			.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.body(org.springframework.web.reactive.function.BodyInserters
				.fromFormData(form("listingId", this.listing, "quantity", "3")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(moved).isEqualTo("/seller/stalls?done=back");
		assertThat(this.fixtures.online(this.listing)).isEqualTo(5);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(1);
		assertThat(this.forms.page(SignedIn.seller(this.seller), moved, 200)).contains("The pieces are back online.")
			.contains("1 pieces at Stall Fair " + this.fair);

		this.forms.post(SignedIn.seller(this.seller), "/seller/stalls/" + this.fair + "/back-online",
				form("listingId", this.listing, "quantity", "1"), 303);
		assertThat(this.fixtures.online(this.listing)).isEqualTo(6);
		assertThat(this.forms.page(SignedIn.seller(this.seller), "/seller/stalls", 200))
			.doesNotContain("id=\"left-at-stalls\"");
	}

	@Test
	void piecesAtAStallTakenBackAreListedInHindiToo() {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.fair + ":A-1")),
					new Update().set("status", "FREED").unset("sellerId").set("lastSellerId", this.seller),
					"stall_allocations")
			.block();
		String list = this.forms.page(SignedIn.seller(this.seller), "/seller/stalls?lang=hi", 200);
		assertThat(list).contains("स्टॉल पर बचा सामान").contains("वापस ऑनलाइन करें");
	}

	/**
	 * The stall passes to the next seller, who pays, as the waitlist and fees store it.
	 */
	private void passOn() {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.fair + ":A-1")),
					new Update().set("sellerId", this.next).set("lastSellerId", this.seller).inc("version", 2),
					"stall_allocations")
			.block();
	}

	private static MultiValueMap<String, String> sale(String listingId) {
		return form("saleId", UUID.randomUUID().toString(), "listingId", listingId, "quantity", "1", "mode", "CASH");
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
