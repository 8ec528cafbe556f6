package ladakh.crafts.marketplace.search.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch down ({@code SearchUnavailableException} from the query API, simulated by
 * {@link FakeCatalogSearch}): the storefront browses MongoDB by craft, seller type,
 * district, colour and price, says search is limited, and refuses only what needs full
 * text.
 */
@MockServerTest
@Import(FakeCatalogSearch.Config.class)
class SearchFallbackTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FakeCatalogSearch search;

	private StorefrontFixtures catalogue;

	private String craft;

	@BeforeEach
	void seedAndTakeSearchDown() {
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.craft = "fallback-" + this.catalogue.run;
		String artisan = this.catalogue.id("art-fb");
		String shg = this.catalogue.id("shg-fb");
		String suspended = this.catalogue.id("art-fb-suspended");
		String expired = this.catalogue.id("art-fb-expired");
		LocalDate valid = LocalDate.now().plusYears(2);
		this.catalogue.craft(this.craft, "Fallback craft", "फ़ॉलबैक शिल्प")
			.seller(artisan, "ARTISAN", "Sonam Dolma", "LEH/HC/2025/0931", "ACTIVE", valid)
			.seller(shg, "SHG", "Stok Thangka Painters SHG", "LEH/SHG/2024/0007", "ACTIVE", null)
			.seller(suspended, "ARTISAN", "Suspended Maker", "LEH/HC/2025/0932", "SUSPENDED", valid)
			.seller(expired, "ARTISAN", "Expired Maker", "LEH/HC/2019/0001", "ACTIVE", LocalDate.now().minusDays(1));
		Instant now = Instant.now();
		this.catalogue.listing(this.catalogue.id("lst-fb-1"), artisan, this.craft, "Green Tara thangka",
				"हरित तारा थंका", 4_500_000L, "PUBLISHED", now.minusSeconds(400));
		this.catalogue.listing(this.catalogue.id("lst-fb-2"), artisan, this.craft, "Wheel of Life thangka", null,
				1_200_000L, "PUBLISHED", now.minusSeconds(300));
		this.catalogue.listing(this.catalogue.id("lst-fb-3"), artisan, this.craft, "Medicine Buddha thangka", null,
				2_000_000L, "SOLD_OUT", now.minusSeconds(200));
		this.catalogue.listing(this.catalogue.id("lst-fb-4"), shg, this.craft, "Small White Tara thangka", null,
				800_000L, "PUBLISHED", now.minusSeconds(100));
		this.catalogue.listing(this.catalogue.id("lst-fb-5"), artisan, this.craft, "Unfinished draft thangka", null,
				100L, "DRAFT", now);
		this.catalogue.listing(this.catalogue.id("lst-fb-6"), suspended, this.craft, "Hidden suspended thangka", null,
				100L, "PUBLISHED", now);
		this.catalogue.listing(this.catalogue.id("lst-fb-7"), expired, this.craft, "Hidden expired thangka", null, 100L,
				"PUBLISHED", now);
		this.search.beDown();
	}

	@AfterEach
	void searchBackUp() {
		this.search.answer(null);
	}

	@Test
	void theHomePageAndAShopPageListFromMongoDbWhileTheIndexIsDown() {
		String artisan = this.catalogue.id("art-fb");
		this.catalogue.listing(this.catalogue.id("lst-fb-newest"), artisan, this.craft, "Newest fallback thangka", null,
				300_000L, "PUBLISHED", Instant.now().plusSeconds(3_650L * 24 * 3600));

		assertThat(page("/")).contains("Newest fallback thangka");
		assertThat(page("/sellers/" + artisan))
			.contains("Newest fallback thangka", "Green Tara thangka", "Wheel of Life thangka",
					"Medicine Buddha thangka")
			.doesNotContain("Unfinished draft thangka");
	}

	@Test
	void theApiBrowsesMongoDbByCraftAndSaysItIsLimited() {
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&sort=price_asc"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.limited")
			.isEqualTo(true)
			.jsonPath("$.total")
			.isEqualTo(4)
			.jsonPath("$.nextCursor")
			.value((cursor) -> assertThat(cursor).isNull())
			.jsonPath("$.hits[*].title")
			.isEqualTo(List.of("Small White Tara thangka", "Wheel of Life thangka", "Medicine Buddha thangka",
					"Green Tara thangka"))
			.jsonPath("$.hits[0].sellerType")
			.isEqualTo("SHG")
			.jsonPath("$.hits[3].registrationNumber")
			.isEqualTo("LEH/HC/2025/0931")
			.jsonPath("$.hits[3].verified")
			.isEqualTo(true)
			.jsonPath("$.hits[3].price.amountMinor")
			.isEqualTo(4_500_000)
			.jsonPath("$.hits[3].thumbnailUrl")
			.isEqualTo("/media/thumb-" + this.catalogue.id("lst-fb-1") + "-1")
			.jsonPath("$.hits[2].inStock")
			.isEqualTo(false)
			// the craft facet counts every craft (other tests' too), this one with its 4
			.jsonPath("$.facets.craft[?(@.value == '" + this.craft + "')].count")
			.isEqualTo(List.of(4))
			.jsonPath("$.facets.sellerType[0].value")
			.isEqualTo("ARTISAN")
			.jsonPath("$.facets.sellerType[0].count")
			.isEqualTo(3)
			.jsonPath("$.facets.sellerType[1].count")
			.isEqualTo(1);
	}

	@Test
	void theFiltersWorkInMongoDbToo() {
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&sellerType=SHG"))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.hits[0].sellerName")
			.isEqualTo("Stok Thangka Painters SHG");
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&inStock=true&priceMin=10000&priceMax=20000"))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.hits[0].title")
			.isEqualTo("Wheel of Life thangka");
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&size=2&page=2&sort=newest"))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(4)
			.jsonPath("$.page")
			.isEqualTo(2)
			.jsonPath("$.hits[*].title")
			.isEqualTo(List.of("Wheel of Life thangka", "Green Tara thangka"));
	}

	@Test
	void eachFacetCountsUnderTheOtherFiltersButNotItsOwn() {
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&sellerType=SHG"))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			// the seller types of this craft, not only the SHG picked
			.jsonPath("$.facets.sellerType[?(@.value == 'ARTISAN')].count")
			.isEqualTo(List.of(3))
			.jsonPath("$.facets.sellerType[?(@.value == 'SHG')].count")
			.isEqualTo(List.of(1))
			// this craft among the crafts of SHGs
			.jsonPath("$.facets.craft[?(@.value == '" + this.craft + "')].count")
			.isEqualTo(List.of(1))
			.jsonPath("$.facets.district[?(@.value == 'LEH')].count")
			.isEqualTo(List.of(1));
	}

	@Test
	void theColourFilterAndItsFacetWorkInMongoDbToo() {
		colours("lst-fb-1", "red", "gold");
		colours("lst-fb-2", "red");
		colours("lst-fb-4", "blue");
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&colour=red&sort=price_asc"))
			.exchange()
			.expectBody()
			.jsonPath("$.limited")
			.isEqualTo(true)
			.jsonPath("$.total")
			.isEqualTo(2)
			.jsonPath("$.hits[*].title")
			.isEqualTo(List.of("Wheel of Life thangka", "Green Tara thangka"))
			// the colours of this craft, under every filter but colour
			.jsonPath("$.facets.colour[?(@.value == 'red')].count")
			.isEqualTo(List.of(2))
			.jsonPath("$.facets.colour[?(@.value == 'gold')].count")
			.isEqualTo(List.of(1))
			.jsonPath("$.facets.colour[?(@.value == 'blue')].count")
			.isEqualTo(List.of(1));
		this.http.get()
			.uri(URI.create("/api/v1/search?craft=" + this.craft + "&colour=blue&sellerType=ARTISAN"))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0)
			// the SHG's blue piece is left out of the colours of artisans' pieces
			.jsonPath("$.facets.colour[?(@.value == 'blue')]")
			.isEmpty();
		// Any craft: the verified sellers' red pieces, these two among them.
		this.http.get()
			.uri(URI.create("/api/v1/search?colour=red&size=100"))
			.exchange()
			.expectBody()
			.jsonPath("$.hits[*].title")
			.value((titles) -> assertThat(String.valueOf(titles))
				.contains("Wheel of Life thangka", "Green Tara thangka")
				.doesNotContain("Small White Tara thangka"));
	}

	private void colours(String listing, String... codes) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.catalogue.id(listing))),
					Update.update("colours", List.of(codes)), "listings")
			.block();
	}

	@Test
	void aFullTextQueryIsA503ThatSaysWhatStillWorks() {
		this.http.get()
			.uri(URI.create("/api/v1/search?q=thangka&craft=" + this.craft))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "60")
			.expectBody()
			.jsonPath("$.limited")
			.isEqualTo(true)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("Browse without words"));
	}

	@Test
	void suggestionsAreEmptyAndLimited() {
		this.http.get()
			.uri(URI.create("/api/v1/suggest?q=than"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suggestions")
			.isEmpty()
			.jsonPath("$.limited")
			.isEqualTo(true);
	}

	@Test
	void theSearchPageListsByCraftWithANoticeInEnglishAndHindi() {
		String english = page("/search?craft=" + this.craft);
		assertThat(english).contains("Search is limited right now", "Green Tara thangka", "Small White Tara thangka")
			.doesNotContain("Hidden suspended thangka", "Hidden expired thangka", "Unfinished draft thangka");
		String hindi = page("/search?craft=" + this.craft + "&lang=hi");
		assertThat(hindi).contains("अभी खोज सीमित है", "हरित तारा थंका");
	}

	@Test
	void theSearchPageWithWordsSaysWordsCannotBeSearchedAndStillBrowses() {
		assertThat(page("/search?q=tara&craft=" + this.craft)).contains("Search by words is not available right now",
				"Green Tara thangka");
	}

	@Test
	void theCraftPageStillListsItsProducts() {
		assertThat(page("/crafts/" + this.craft)).contains("Fallback craft", "Search is limited right now",
				"Wheel of Life thangka");
	}

	@Test
	void theProductPageNeedsNoSearchAtAll() {
		assertThat(page("/listings/" + this.catalogue.id("lst-fb-1"))).contains("Green Tara thangka", "Sonam Dolma");
	}

	private String page(String uri) {
		return this.http.get()
			.uri(URI.create(uri))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
