package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import ladakh.crafts.catalog.CatalogIndexerApplication;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import ladakh.crafts.catalog.index.ListingDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static ladakh.crafts.catalog.search.TestIndex.listing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer is not left with nothing (decision 48), against the local Elasticsearch node:
 * British and American spellings find each other, category words find what the crafts
 * make, a colour word matches the colour attribute, and when no listing has every word
 * the listings with most of them are shown, marked as such.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-search-strands",
				// These tests index documents themselves; the sync would race them for
				// the alias.
				"marketplace.catalog.sync.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchThatNeverStrandsTests {

	@Autowired
	CatalogSearch search;

	@Autowired
	SynonymStore synonyms;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	CatalogIndexProperties index;

	@BeforeAll
	void indexListings() {
		this.synonyms.seedDefaults().block();
		List<ListingDocument> documents = new ArrayList<>();
		documents.add(listing("grey-shawl").title("Pashmina shawl in natural grey")
			.craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई")
			.colours("grey")
			.seller("art-1", "ARTISAN", "LEH")
			.build());
		documents.add(listing("gray-sweater").title("Hand-knitted sweater, gray")
			.craft("knitting", "Knitting", "बुनाई")
			.colours("grey")
			.seller("art-2", "ARTISAN", "LEH")
			.build());
		documents.add(listing("jewellery-box").title("Carved walnut jewellery box")
			.seller("art-3", "ARTISAN", "LEH")
			.build());
		documents.add(listing("woollen-cap").title("Woollen cap with ear flaps")
			.craft("knitting", "Knitting", "बुनाई")
			.seller("art-4", "ARTISAN", "KARGIL")
			.build());
		documents.add(listing("colour-chart").title("Natural dye colour sampler")
			.craft("embroidery", "Embroidery", "कढ़ाई")
			.seller("art-5", "SHG", "LEH")
			.build());
		documents.add(listing("center-table").title("Carved center table").seller("art-6", "ARTISAN", "LEH").build());
		documents.add(listing("carpet-red").title("Hand-knotted carpet, dragon and clouds")
			.craft("carpet-weaving", "Carpet weaving", "कालीन बुनाई")
			.colours("red", "cream")
			.seller("art-7", "ARTISAN", "LEH")
			.build());
		documents.add(listing("carpet-blue").title("Hand-knotted carpet, lotus medallion")
			.craft("carpet-weaving", "Carpet weaving", "कालीन बुनाई")
			.colours("blue")
			.seller("art-8", "SHG", "KARGIL")
			.build());
		documents.add(listing("namda-mat").title("Felted floor covering with flowers")
			.craft("namda", "Namda felting", "नमदा")
			.colours("multicoloured")
			.seller("art-9", "SHG", "LEH")
			.build());
		documents.add(listing("meditation-rug").title("Tiger-stripe meditation rug")
			.craft("weaving", "Weaving", "बुनाई")
			.colours("orange")
			.seller("art-10", "ARTISAN", "LEH")
			.build());
		documents.add(listing("filigree-earrings").title("Filigree earrings with turquoise")
			.craft("silver-filigree", "Silver filigree", "चांदी की जाली")
			.colours("silver", "turquoise")
			.seller("art-11", "ARTISAN", "LEH")
			.build());
		documents.add(listing("thangka-tara").title("Thangka of Green Tara")
			.craft("thangka-painting", "Thangka painting", "थंगका चित्रकला")
			.colours("green", "gold")
			.seller("art-12", "ARTISAN", "LEH")
			.build());
		documents.add(listing("papu-boots").title("Papu boots with yak-wool lining")
			.craft("papu-shoes", "Papu shoes", "पापु जूते")
			.seller("art-13", "ARTISAN", "LEH")
			.build());
		new TestIndex(this.elasticsearch, this.index.alias()).recreate().index(documents);
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource({ "gray, grey-shawl", "grey, gray-sweater", "jewelry, jewellery-box", "jewellery, jewellery-box",
			"woolen cap, woollen-cap", "color sampler, colour-chart", "colours, colour-chart",
			"centre table, center-table", "center table, center-table" })
	void britishAndAmericanSpellingsFindTheSameListings(String query, String expected) {
		assertThat(ids(text(query))).contains(expected);
	}

	@Test
	void categoryWordsFindWhatTheCraftsMake() {
		assertThat(ids(text("rug"))).contains("carpet-red", "carpet-blue", "namda-mat", "meditation-rug");
		assertThat(ids(text("jewelry"))).contains("filigree-earrings", "jewellery-box");
		assertThat(ids(text("wall art"))).contains("thangka-tara");
		assertThat(ids(text("scarf"))).contains("grey-shawl");
		assertThat(ids(text("shoes"))).contains("papu-boots");
	}

	@Test
	void categoryWordsWorkOneWay() {
		// "rug" finds carpets; "carpet" does not find every rug.
		assertThat(ids(text("carpet"))).contains("carpet-red").doesNotContain("meditation-rug");
		assertThat(ids(text("earrings"))).doesNotContain("jewellery-box");
	}

	@Test
	void staffAddAndChangeACategoryWordAndSearchFollows() {
		this.synonyms.delete("zeepo").block();
		assertThat(ids(text("zeepo"))).isEmpty();
		this.synonyms.add(List.of("zeepo"), List.of("earrings"), "usr-test-officer").block();
		assertThat(ids(text("zeepo"))).containsExactly("filigree-earrings");
		this.synonyms.update("zeepo", List.of("zeepo"), List.of("papu"), "usr-test-officer").block();
		assertThat(ids(text("zeepo"))).containsExactly("papu-boots");
		this.synonyms.delete("zeepo").block();
		assertThat(ids(text("zeepo"))).isEmpty();
	}

	@Test
	void aColourWordMatchesTheColourAttribute() {
		// Neither carpet's title names a colour; the seller chose red for one of them.
		assertThat(ids(text("red carpet"))).containsExactly("carpet-red");
		assertThat(ids(text("लाल कालीन"))).containsExactly("carpet-red");
		assertThat(ids(text("blue rug"))).containsExactly("carpet-blue");
		assertThat(page(text("red carpet")).relaxed()).isFalse();
	}

	@Test
	void theColourFacetCountsAndFilters() {
		SearchPage carpets = page(new SearchQuery("carpet", null, null, null, null, null, null, null,
				SearchSort.RELEVANCE, 1, 20, null, null));
		assertThat(carpets.facets().colour()).extracting(FacetCount::value).contains("red", "cream", "blue");
		SearchPage blue = page(new SearchQuery("carpet", null, null, null, null, null, null, null, SearchSort.RELEVANCE,
				1, 20, null, "blue"));
		assertThat(ids(blue)).containsExactly("carpet-blue");
		// The facet leaves out its own filter, so the other colours still count.
		assertThat(blue.facets().colour()).extracting(FacetCount::value).contains("red", "blue");
	}

	@Test
	void whenNoListingHasEveryWordTheOnesWithMostWordsAreShownAndMarked() {
		SearchPage strict = page(text("papu boots unicorn"));
		assertThat(ids(strict)).containsExactly("papu-boots");
		assertThat(strict.relaxed()).isTrue();
		SearchPage twoOfFour = page(text("carpet dragon unicorn zebra"));
		assertThat(ids(twoOfFour)).containsExactly("carpet-red");
		assertThat(twoOfFour.relaxed()).isTrue();
		SearchPage oneOfTwo = page(text("carpet unicorn"));
		assertThat(ids(oneOfTwo)).contains("carpet-red", "carpet-blue");
		assertThat(oneOfTwo.relaxed()).isTrue();
	}

	@Test
	void whenEveryWordMatchesNothingIsRelaxed() {
		SearchPage page = page(text("carpet dragon"));
		assertThat(ids(page)).containsExactly("carpet-red");
		assertThat(page.relaxed()).isFalse();
		SearchPage nothing = page(text("unicorn"));
		assertThat(nothing.hits()).isEmpty();
		assertThat(nothing.relaxed()).isFalse();
	}

	@Test
	void aRelaxedSearchPagesTheSameWay() {
		SearchQuery first = new SearchQuery("carpet unicorn", null, null, null, null, null, null, null,
				SearchSort.PRICE_ASC, 1, 1, null);
		SearchPage one = page(first);
		assertThat(one.relaxed()).isTrue();
		SearchPage two = page(first.after(one.nextCursor()));
		assertThat(two.relaxed()).isTrue();
		assertThat(ids(two)).hasSize(1).doesNotContainAnyElementsOf(ids(one));
	}

	private SearchQuery text(String words) {
		return new SearchQuery(words, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 1, 50, null);
	}

	private List<String> ids(SearchQuery query) {
		return ids(page(query));
	}

	private SearchPage page(SearchQuery query) {
		return this.search.search(query).block();
	}

	private static List<String> ids(SearchPage page) {
		return page.hits().stream().map(SearchHit::id).toList();
	}

}
