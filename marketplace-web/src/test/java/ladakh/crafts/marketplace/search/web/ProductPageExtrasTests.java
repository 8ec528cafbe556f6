package ladakh.crafts.marketplace.search.web;

import java.time.Instant;
import java.time.LocalDate;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The product page quotes the seller's shipping rule (the fee, free from an amount, and
 * by when a parcel is expected within Ladakh and elsewhere, counted from today in India),
 * shows more from the same maker (from the index, without the piece itself) and lets the
 * buyer enlarge each photo without a script. The seller edits the rule on their own form.
 */
@MockServerTest
class ProductPageExtrasTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String artisan;

	private String cheap;

	private String dear;

	@BeforeEach
	void seed() {
		StorefrontFixtures catalogue = new StorefrontFixtures(this.mongo);
		String craft = "extras-" + catalogue.run;
		this.artisan = catalogue.id("art-px");
		this.cheap = catalogue.id("lst-px-cheap");
		this.dear = catalogue.id("lst-px-dear");
		catalogue.craft(craft, "Extras craft", "अतिरिक्त शिल्प")
			.seller(this.artisan, "ARTISAN", "Lobzang Extras", "LEH/HC/2025/0888", "ACTIVE",
					LocalDate.now().plusYears(2));
		catalogue.listing(this.cheap, this.artisan, craft, "Small copper cup", null, 150_000L, "PUBLISHED",
				Instant.now().minusSeconds(60));
		catalogue.listing(this.dear, this.artisan, craft, "Large copper kettle", null, 250_000L, "PUBLISHED",
				Instant.now());
		catalogue.awaitIndexed(Query.query(Criteria.where("sellerId").is(this.artisan)));
	}

	@Test
	void thePageQuotesTheSellersShippingRuleAndWhenTheParcelIsExpected() {
		asSeller().post()
			.uri("/seller/orders/shipping")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("fee", "150")
				.with("freeFrom", "2,000")
				.with("dispatchDays", "2")
				.with("ladakhDays", "3")
				.with("indiaDays", "8"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		LocalDate today = IndiaTime.dayOf(Instant.now());
		assertThat(page("/listings/" + this.cheap)).contains("id=\"shipping-quote\"", "₹150, free from ₹2,000",
				"expected by " + IndiaTime.day(today.plusDays(5)).en(),
				"expected by " + IndiaTime.day(today.plusDays(10)).en());
		assertThat(page("/listings/" + this.dear)).contains("<dd>Free</dd>");
		assertThat(page("/listings/" + this.cheap + "?lang=hi")).contains("लद्दाख के भीतर डिलीवरी",
				IndiaTime.day(today.plusDays(5)).hi() + " तक अपेक्षित");
		assertThat(page("/seller/orders/shipping", asSeller())).contains("value=\"150\"", "value=\"2000\"");
	}

	@Test
	void aDayCountThatIsNotOneIsRefusedBesideItsFieldAndNothingIsSaved() {
		String html = asSeller().post()
			.uri("/seller/orders/shipping")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("fee", "0")
				.with("dispatchDays", "many")
				.with("ladakhDays", "3")
				.with("indiaDays", "99"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("id=\"dispatchDays-error\"", "id=\"indiaDays-error\"",
				"Write a whole number of days from 0 to 60.");
		assertThat(page("/listings/" + this.cheap)).contains("<dd>Free</dd>");
	}

	@Test
	void morefromTheMakerShowsTheirOtherPiecesAndEveryPhotoCanBeEnlarged() {
		String html = page("/listings/" + this.cheap);
		String more = html.substring(html.indexOf("id=\"more-from-maker\""));
		assertThat(more).contains("More from Lobzang Extras", "Large copper kettle")
			.doesNotContain("href=\"/listings/" + this.cheap + "\"");
		assertThat(html).contains("href=\"#zoom-1\"", "id=\"zoom-2\"", "src=\"/media/photo-" + this.cheap + "-2\"",
				"Enlarge the photo");
	}

	private WebTestClient asSeller() {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.artisan))).mutateWith(csrf());
	}

	private String page(String path) {
		return page(path, this.http);
	}

	private static String page(String path, WebTestClient client) {
		return client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
