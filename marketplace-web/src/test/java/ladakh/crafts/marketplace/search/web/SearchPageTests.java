package ladakh.crafts.marketplace.search.web;

import java.net.URI;
import java.util.List;

import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page's shape: cards, the facet sidebar as links with counts, sort, paging up
 * to the window then "more results" by cursor, and refusals beside the form. The results
 * come from a stand-in ({@link FakeCatalogSearch}).
 */
@MockServerTest
@Import(FakeCatalogSearch.Config.class)
class SearchPageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	FakeCatalogSearch search;

	@Test
	void showsResultsFacetsWithCountsAndSortInEnglish() {
		this.search.answer(new SearchPage(7, 1, 20, "cursor-2", List.of(SearchApiContractTests.HIT),
				SearchApiContractTests.FACETS));
		String html = page("/search?q=thanka", 200);

		assertThat(html).contains("Results for “thanka”", "7 products", "Green Tara thangka", "₹45,000", "Sonam Dolma",
				"Registered seller", "href=\"/listings/lst-00042\"", "src=\"/media/thumb-lst-00042-1\"");
		assertThat(html).contains("href=\"/search?q=thanka&amp;craft=thangka-painting\"")
			.contains("href=\"/search?q=thanka&amp;sellerType=SHG\"")
			.contains("<span class=\"facet__count\">5</span>")
			.contains("Under ₹1,000", "₹1,000 – ₹5,000", "₹5,000 and above")
			.contains("href=\"/search?q=thanka&amp;priceMax=4999.99&amp;priceMin=1000\"")
			.contains("<option value=\"price_asc\">Price: low to high</option>")
			.contains("value=\"relevance\" selected")
			.doesNotContain("style=\"")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}

	@Test
	void aChosenFacetIsMarkedAndItsLinkTakesItAway() {
		this.search
			.answer(new SearchPage(7, 1, 20, null, List.of(SearchApiContractTests.HIT), SearchApiContractTests.FACETS));
		String html = page("/search?q=thanka&craft=thangka-painting", 200);

		assertThat(html).contains("facet__link facet__link--selected")
			.contains("href=\"/search?q=thanka\"")
			.contains("Clear all filters");
	}

	@Test
	void speaksHindi() {
		this.search
			.answer(new SearchPage(7, 1, 20, null, List.of(SearchApiContractTests.HIT), SearchApiContractTests.FACETS));
		assertThat(page("/search?q=thanka&lang=hi", 200)).contains("<html lang=\"hi\"", "हरित तारा थंका", "7 उत्पाद",
				"किसने बनाया", "कारीगर", "मूल्य: कम से अधिक");
	}

	@Test
	void pageNumbersStopAtTheWindowAndMoreResultsFollowTheCursor() {
		this.search.answer(new SearchPage(25_000, 100, 100, "cursor-101", List.of(SearchApiContractTests.HIT),
				SearchApiContractTests.FACETS));
		String last = page("/search?q=shawl&size=100&page=100", 200);
		assertThat(last).contains("href=\"/search?q=shawl&amp;size=100&amp;page=99\"")
			.doesNotContain("page=101")
			.contains("href=\"/search?q=shawl&amp;size=100&amp;cursor=cursor-101\"", "More results");

		this.search.answer(new SearchPage(25_000, 1, 100, "cursor-102", List.of(SearchApiContractTests.HIT),
				SearchApiContractTests.FACETS));
		String deeper = page("/search?q=shawl&size=100&cursor=cursor-101", 200);
		assertThat(deeper).contains("cursor=cursor-102").doesNotContain("page=2\"");
		assertThat(this.search.lastQuery.get().cursor()).isEqualTo("cursor-101");
	}

	@Test
	void aRefusedSearchAnswers400WithTheReasonBesideTheForm() {
		assertThat(page("/search?priceMin=5000&priceMax=100", 400)).contains("The lowest price is above the highest",
				"name=\"q\"");
		assertThat(page("/search?q=%C3%28", 400)).contains("not valid text");
		assertThat(page("/search?page=0&lang=hi", 400)).contains("पृष्ठ 1 या उससे बड़ी");
		assertThat(page("/search?q=" + "a".repeat(10_000), 400)).contains("at most 200 characters");
	}

	private String page(String uri, int status) {
		return this.http.get()
			.uri(URI.create(uri))
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Page 999 told the buyer about "the cursor"; now it says how to narrow the search.
	 */
	@Test
	void aPageFarBeyondTheWindowSaysHowToNarrowTheSearch() {
		String page = this.http.get()
			.uri("/search?q=shawl&page=999")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Page numbers go up to", "narrow the search").doesNotContain("cursor");
		assertThat(page).as("the words searched for are kept").contains("value=\"shawl\"");
	}

}
