package ladakh.crafts.marketplace.search.web;

import java.net.URI;
import java.util.List;

import ladakh.crafts.catalog.index.Localized;
import ladakh.crafts.catalog.search.FacetCount;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.InvalidCursorException;
import ladakh.crafts.catalog.search.PriceBucket;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchSort;
import ladakh.crafts.catalog.search.Suggestion;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public search API's edge: parameters in, the JSON contract out, 400s a person can
 * act on. The query API is a stand-in here ({@link FakeCatalogSearch}); search quality is
 * tested against the real one.
 */
@MockServerTest
@Import(FakeCatalogSearch.Config.class)
class SearchApiContractTests {

	static final SearchHit HIT = new SearchHit("lst-00042", new Localized("Green Tara thangka", "हरित तारा थंका"),
			"thangka-painting", new Localized("Thangka painting", "थंका चित्रकला"), 4_500_000L, "INR", "art-0007",
			"Sonam Dolma", "ARTISAN", "LEH", "LEH/HC/2025/0931", true, true, false, null, false, "thumb-lst-00042-1");

	static final Facets FACETS = new Facets(List.of(new FacetCount("thangka-painting", 7)),
			List.of(new FacetCount("ARTISAN", 5), new FacetCount("SHG", 2)), List.of(new FacetCount("LEH", 7)),
			List.of(new PriceBucket(null, 100_000L, 1), new PriceBucket(100_000L, 500_000L, 2),
					new PriceBucket(500_000L, null, 4)));

	@Autowired
	WebTestClient http;

	@Autowired
	FakeCatalogSearch search;

	@BeforeEach
	void answer() {
		this.search.answer(new SearchPage(7, 1, 20, "cursor-2", List.of(HIT), FACETS));
	}

	@Test
	void answersTheContractsFieldNames() {
		this.http.get()
			.uri(URI
				.create("/api/v1/search?q=thanka&craft=thangka-painting&priceMin=500&priceMax=50000&sort=price_asc"))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(7)
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(20)
			.jsonPath("$.nextCursor")
			.isEqualTo("cursor-2")
			.jsonPath("$.limited")
			.isEqualTo(false)
			.jsonPath("$.hits[0].id")
			.isEqualTo("lst-00042")
			.jsonPath("$.hits[0].title")
			.isEqualTo("Green Tara thangka")
			.jsonPath("$.hits[0].craft")
			.isEqualTo("thangka-painting")
			.jsonPath("$.hits[0].price.amountMinor")
			.isEqualTo(4_500_000)
			.jsonPath("$.hits[0].price.currency")
			.isEqualTo("INR")
			.jsonPath("$.hits[0].sellerId")
			.isEqualTo("art-0007")
			.jsonPath("$.hits[0].sellerName")
			.isEqualTo("Sonam Dolma")
			.jsonPath("$.hits[0].sellerType")
			.isEqualTo("ARTISAN")
			.jsonPath("$.hits[0].district")
			.isEqualTo("LEH")
			.jsonPath("$.hits[0].registrationNumber")
			.isEqualTo("LEH/HC/2025/0931")
			.jsonPath("$.hits[0].verified")
			.isEqualTo(true)
			.jsonPath("$.hits[0].inStock")
			.isEqualTo(true)
			.jsonPath("$.hits[0].thumbnailUrl")
			.isEqualTo("/media/thumb-lst-00042-1")
			.jsonPath("$.facets.craft[0].value")
			.isEqualTo("thangka-painting")
			.jsonPath("$.facets.craft[0].count")
			.isEqualTo(7)
			.jsonPath("$.facets.sellerType[1].value")
			.isEqualTo("SHG")
			.jsonPath("$.facets.district[0].value")
			.isEqualTo("LEH")
			.jsonPath("$.facets.price[0].from")
			.doesNotExist()
			// Rupees as JSON numbers (1000.0): read as a double, since the application's
			// JSON refuses to truncate fractions into whole numbers (decision 33).
			.jsonPath("$.facets.price[0].to")
			.isEqualTo(1000.0)
			.jsonPath("$.facets.price[1].from")
			.isEqualTo(1000.0)
			.jsonPath("$.facets.price[1].count")
			.isEqualTo(2);
		assertThat(this.search.lastQuery.get()).satisfies((query) -> {
			assertThat(query.text()).isEqualTo("thanka");
			assertThat(query.priceMinMinor()).isEqualTo(50_000L);
			assertThat(query.priceMaxMinor()).isEqualTo(5_000_000L);
			assertThat(query.sort()).isEqualTo(SearchSort.PRICE_ASC);
		});
	}

	@Test
	void nextCursorIsNullAtTheEndAndTitlesFollowTheLanguage() {
		this.search.answer(new SearchPage(1, 1, 20, null, List.of(HIT), Facets.none()));
		this.http.get()
			.uri(URI.create("/api/v1/search?q=thanka&lang=hi"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.nextCursor")
			.value((value) -> assertThat(value).isNull())
			.jsonPath("$.hits[0].title")
			.isEqualTo("हरित तारा थंका")
			.jsonPath("$.facets.price")
			.isArray();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "priceMin=-100", "priceMax=-1", "priceMin=5000&priceMax=100", "priceMin=abc",
			"priceMax=12.345", "size=101", "size=0", "page=0", "page=abc", "page=200&size=100", "sort=cheapest",
			"sellerType=COOPERATIVE", "district=SRINAGAR", "gi=maybe", "inStock=2", "q=%C3%28", "q=%FF",
			"craft=%FF%FE" })
	void refusesBadInputWith400AndAMessageAPersonCanActOn(String query) {
		this.http.get()
			.uri(URI.create("/api/v1/search?" + query))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).doesNotStartWith("search.error").hasSizeGreaterThan(20));
	}

	@Test
	void aTenThousandCharacterQueryIsRefusedWithTheLimit() {
		this.http.get()
			.uri(URI.create("/api/v1/search?q=" + "a".repeat(10_000)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The search is too long. Please use at most 200 characters.");
	}

	@Test
	void aCursorTheSearchDidNotHandOutIs400() {
		this.search.failure.set(new InvalidCursorException("not ours"));
		this.http.get()
			.uri(URI.create("/api/v1/search?cursor=forged"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("start the search again"));
	}

	@Test
	void suggestAnswersTextAndListingIds() {
		this.search.suggestions
			.set(List.of(new Suggestion("Green Tara thangka", "lst-00042"), new Suggestion("thangka", null)));
		this.http.get()
			.uri(URI.create("/api/v1/suggest?q=than"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suggestions[0].text")
			.isEqualTo("Green Tara thangka")
			.jsonPath("$.suggestions[0].listingId")
			.isEqualTo("lst-00042")
			.jsonPath("$.suggestions[1].text")
			.isEqualTo("thangka");
		this.http.get()
			.uri(URI.create("/api/v1/suggest?q="))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suggestions")
			.isEmpty();
	}

	@Test
	void suggestRefusesBrokenAndOverlongText() {
		this.http.get().uri(URI.create("/api/v1/suggest?q=%FF")).exchange().expectStatus().isBadRequest();
		this.http.get()
			.uri(URI.create("/api/v1/suggest?q=" + "a".repeat(101)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void anUnexpectedFailureIsA500WithoutDetails() {
		this.search.failure.set(new IllegalStateException("secret inside"));
		String body = this.http.get()
			.uri(URI.create("/api/v1/search"))
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("secret inside");
	}

}
