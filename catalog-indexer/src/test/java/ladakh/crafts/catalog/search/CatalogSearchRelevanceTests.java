package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
 * What a buyer gets back, against the local Elasticsearch node with the shipped index
 * definition: synonyms both ways, typos, Hindi, facets under filters, the ranking
 * preferences and one-seller diversity.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-search-relevance",
				// These tests index documents themselves; the sync would race them for
				// the alias.
				"marketplace.catalog.sync.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchRelevanceTests {

	private static final String BIG_SELLER = "art-big";

	@Autowired
	CatalogSearch search;

	@Autowired
	SynonymStore synonyms;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	CatalogIndexProperties index;

	private final List<ListingDocument> documents = new ArrayList<>();

	@BeforeAll
	void indexListings() {
		this.synonyms.seedDefaults().block();
		add(listing("thangka-1").title("Green Tara thangka")
			.craft("thangka-painting", "Thangka painting", "थंगका चित्रकला")
			.seller("art-t1", "ARTISAN", "LEH")
			.price(1_500_000));
		add(listing("thangka-2").title("Hand-painted thanka of the Medicine Buddha")
			.craft("thangka-painting", "Thangka painting", "थंगका चित्रकला")
			.seller("art-t2", "ARTISAN", "KARGIL")
			.price(3_000_000));
		add(listing("thangka-3").title("Small tangka scroll")
			.craft("thangka-painting", "Thangka painting", "थंगका चित्रकला")
			.seller("shg-t3", "SHG", "LEH")
			.price(600_000));
		add(listing("pashm-1").title("Pashmina shawl in natural grey")
			.craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई")
			.seller("shg-p1", "SHG", "LEH")
			.price(2_500_000));
		add(listing("pashm-2").title("Pure pashm stole")
			.craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई")
			.seller("art-p2", "ARTISAN", "KARGIL")
			.price(1_200_000));
		add(listing("pashm-3").title("Lena muffler from Changthang")
			.craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई")
			.seller("tc-p3", "TRAINING_CENTRE", "KARGIL")
			.price(450_000));
		add(listing("namda-1").title("Felted namda rug")
			.craft("namda", "Namda felting", "नमदा")
			.seller("art-n1", "ARTISAN", "LEH")
			.price(300_000));
		add(listing("namda-2").title("Numdah floor mat")
			.craft("namda", "Namda felting", "नमदा")
			.seller("shg-n2", "SHG", "KARGIL")
			.price(90_000));
		add(listing("papu-1").title("Papu boots for winter")
			.craft("papu-shoes", "Papu shoes", "पापु जूते")
			.seller("art-s1", "ARTISAN", "LEH"));
		add(listing("papu-2").title("Pabu shoes, embroidered")
			.craft("papu-shoes", "Papu shoes", "पापु जूते")
			.seller("art-s2", "ARTISAN", "LEH"));
		add(listing("filigree-1").title("Silver filigree earrings")
			.craft("silver-filigree", "Silver filigree", "चांदी की जाली")
			.seller("art-f1", "ARTISAN", "LEH"));
		add(listing("filigree-2").title("Filigiri pendant")
			.craft("silver-filigree", "Silver filigree", "चांदी की जाली")
			.seller("art-f2", "ARTISAN", "LEH"));
		add(listing("filigree-hi").title("Earrings")
			.titleHi("फ़िलिग्री झुमके")
			.craft("silver-filigree", "Silver filigree", "चांदी की जाली")
			.seller("art-f3", "ARTISAN", "LEH"));
		add(listing("mani-1").title("Mani stone carving of Om Mani Padme Hum")
			.craft("stone-carving", "Stone carving", "पत्थर नक्काशी")
			.seller("art-m1", "ARTISAN", "LEH"));
		add(listing("mani-2").title("Set of mani stones")
			.craft("stone-carving", "Stone carving", "पत्थर नक्काशी")
			.seller("art-m2", "ARTISAN", "LEH"));
		add(listing("carpet-hi").title("Hand-knotted rug")
			.titleHi("हाथ से बुना कालीन")
			.craft("carpet-weaving", "Carpet weaving", "कालीन बुनाई")
			.seller("tc-c1", "TRAINING_CENTRE", "LEH"));
		add(listing("cup-1").title("Copper cup")
			.craft("metal-work", "Metal work", "धातु कार्य")
			.seller("art-c1", "ARTISAN", "LEH"));
		add(listing("cap-1").title("Woollen cap")
			.craft("knitting", "Knitting", "बुनाई")
			.seller("art-c2", "ARTISAN", "LEH"));
		// Ranking preferences: identical words, the preferred one has the later id.
		add(listing("boost-stock-a").title("Apricot wood bowl").inStock(false).seller("art-b1", "ARTISAN", "LEH"));
		add(listing("boost-stock-b").title("Apricot wood bowl").seller("art-b2", "ARTISAN", "LEH"));
		add(listing("boost-verified-a").title("Yak bone comb").verified(false).seller("art-v1", "ARTISAN", "LEH"));
		add(listing("boost-verified-b").title("Yak bone comb").seller("art-v2", "ARTISAN", "LEH"));
		add(listing("hidden-1").title("Removed pashmina shawl").searchable(false).seller("art-h1", "ARTISAN", "LEH"));
		for (int i = 0; i < 10; i++) {
			add(listing("panel-big-" + i).title("Dragon panel dragon panel").seller(BIG_SELLER, "ARTISAN", "LEH"));
		}
		for (int i = 0; i < 8; i++) {
			add(listing("panel-other-" + i).title("Dragon panel carved from apricot wood with care")
				.seller("art-panel-" + i, "ARTISAN", "KARGIL"));
		}
		new TestIndex(this.elasticsearch, this.index.alias()).recreate().index(this.documents);
	}

	private void add(TestIndex.Builder builder) {
		this.documents.add(builder.build());
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource({ "thanka, thangka-1", "tangka, thangka-1", "thangka, thangka-2", "thangka, thangka-3",
			"tangka, thangka-2", "thanka, thangka-3", "pashm, pashm-1", "lena, pashm-1", "pashmina, pashm-2",
			"pashmina, pashm-3", "lena, pashm-2", "pashm, pashm-3", "numdah, namda-1", "namda, namda-2", "pabu, papu-1",
			"papu, papu-2", "filigiri, filigree-1", "filigree, filigree-2", "mani stones, mani-1",
			"mani stone carving, mani-2" })
	void eachSynonymFindsTheOtherSpelling(String query, String expected) {
		assertThat(ids(text(query))).contains(expected);
	}

	@Test
	void typosInLongWordsAreForgiven() {
		assertThat(ids(text("pashmeena"))).contains("pashm-1");
		assertThat(ids(text("filigre"))).contains("filigree-1");
		assertThat(ids(text("Thangkaa painting"))).contains("thangka-1");
	}

	@Test
	void aThreeLetterWordIsNotFuzzedIntoAnotherWord() {
		assertThat(ids(text("cup"))).containsExactly("cup-1");
		assertThat(ids(text("cap"))).containsExactly("cap-1");
	}

	@Test
	void aHindiQueryFindsEnglishListingsThroughTheSynonyms() {
		assertThat(ids(text("पश्मीना"))).contains("pashm-1", "pashm-2", "pashm-3");
		assertThat(ids(text("थंगका"))).contains("thangka-1", "thangka-2", "thangka-3");
	}

	@Test
	void hindiTitlesAreFoundWithNormalisedDevanagari() {
		assertThat(ids(text("कालीन"))).contains("carpet-hi");
		// Typed without the nukta the title has.
		assertThat(ids(text("फिलिग्री झुमके"))).contains("filigree-hi");
	}

	@Test
	void hindiWordFormsFindTheListingOfTheirStem() {
		// Oblique plural of कालीन (carpet), singular of झुमके (earrings).
		assertThat(ids(text("कालीनों"))).contains("carpet-hi");
		assertThat(ids(text("झुमका"))).contains("filigree-hi");
		assertThat(ids(text("झुमका"))).doesNotContain("carpet-hi");
	}

	@Test
	void listingsThatAreNotSearchableAreNeverReturned() {
		assertThat(ids(text("removed pashmina shawl"))).doesNotContain("hidden-1");
		assertThat(page(SearchQuery.everything().withText(null)).total())
			.isEqualTo(this.documents.stream().filter(ListingDocument::searchable).count());
	}

	@Test
	void inStockListingsRankAboveOutOfStockOnes() {
		assertThat(ids(text("apricot wood bowl"))).containsSubsequence("boost-stock-b", "boost-stock-a");
	}

	@Test
	void verifiedSellersRankAboveUnverifiedOnes() {
		assertThat(ids(text("yak bone comb"))).containsSubsequence("boost-verified-b", "boost-verified-a");
	}

	@Test
	void oneSellerDoesNotFillTheFirstPage() throws Exception {
		// Without the rule, the big seller's ten listings would take the whole first
		// page.
		var raw = this.elasticsearch.search((s) -> s.index(this.index.alias())
			.size(10)
			.query((q) -> q.match((m) -> m.field("title.en").query("dragon panel"))), ListingDocument.class);
		assertThat(raw.hits().hits()).allMatch((hit) -> BIG_SELLER.equals(hit.source().sellerId()));

		SearchQuery query = query("dragon panel", SearchSort.RELEVANCE, 1, 10);
		SearchPage first = page(query);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hits().stream().filter((hit) -> BIG_SELLER.equals(hit.sellerId())))
			.hasSize(SellerDiversity.perSeller(10));
		SearchPage second = page(query("dragon panel", SearchSort.RELEVANCE, 2, 10));
		Set<String> all = new HashSet<>();
		first.hits().forEach((hit) -> all.add(hit.id()));
		second.hits().forEach((hit) -> all.add(hit.id()));
		assertThat(all).hasSize(18);
		SearchPage byCursor = page(query.after(first.nextCursor()));
		assertThat(byCursor.hits()).extracting(SearchHit::id)
			.containsExactlyElementsOf(second.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void facetCountsRespectEveryOtherActiveFilter() {
		SearchQuery query = new SearchQuery(null, "pashmina-weaving", null, "KARGIL", null, null, null, null,
				SearchSort.RELEVANCE, 1, 20, null);
		SearchPage page = page(query);
		Predicate<ListingDocument> searchable = ListingDocument::searchable;
		Predicate<ListingDocument> kargil = (doc) -> "KARGIL".equals(doc.district());
		Predicate<ListingDocument> pashmina = (doc) -> "pashmina-weaving".equals(doc.craft());
		assertThat(page.total()).isEqualTo(count(searchable.and(kargil).and(pashmina)));
		assertThat(counts(page.facets().craft())).isEqualTo(countsBy(searchable.and(kargil), ListingDocument::craft));
		assertThat(counts(page.facets().district()))
			.isEqualTo(countsBy(searchable.and(pashmina), ListingDocument::district));
		assertThat(counts(page.facets().sellerType()))
			.isEqualTo(countsBy(searchable.and(kargil).and(pashmina), ListingDocument::sellerType));
		assertThat(page.facets().district()).extracting(FacetCount::value).contains("LEH", "KARGIL");
		long priced = page.facets().price().stream().mapToLong(PriceBucket::count).sum();
		assertThat(priced).isEqualTo(page.total());
		assertThat(page.facets().price()).anySatisfy((bucket) -> {
			assertThat(bucket.fromMinor()).isEqualTo(100_000L);
			assertThat(bucket.toMinor()).isEqualTo(500_000L);
			assertThat(bucket.count()).isEqualTo(1);
		});
	}

	@Test
	void priceFiltersNarrowTheHitsButNotThePriceFacet() {
		SearchQuery query = new SearchQuery("pashmina", null, null, null, 1_000_000L, 2_000_000L, null, null,
				SearchSort.PRICE_ASC, 1, 20, null);
		SearchPage page = page(query);
		assertThat(page.hits()).extracting(SearchHit::id).containsExactly("pashm-2");
		assertThat(page.facets().price().stream().mapToLong(PriceBucket::count).sum()).isEqualTo(3);
	}

	@Test
	void suggestionsOfferCraftWordsAndTitlesForTheLettersTyped() {
		List<Suggestion> english = this.search.suggest("thang", 10).block();
		assertThat(english).extracting(Suggestion::text).contains("thangka", "Green Tara thangka");
		assertThat(english).filteredOn((s) -> "thangka-1".equals(s.listingId())).hasSize(1);
		List<Suggestion> hindi = this.search.suggest("पश्मी", 10).block();
		assertThat(hindi).extracting(Suggestion::text).contains("पश्मीना");
		List<Suggestion> hindiTitle = this.search.suggest("काली", 10).block();
		assertThat(hindiTitle).extracting(Suggestion::text).contains("हाथ से बुना कालीन");
	}

	private SearchPage text(String words) {
		return page(query(words, SearchSort.RELEVANCE, 1, 50));
	}

	private static SearchQuery query(String words, SearchSort sort, int page, int size) {
		return new SearchQuery(words, null, null, null, null, null, null, null, sort, page, size, null);
	}

	private SearchPage page(SearchQuery query) {
		return this.search.search(query).block();
	}

	private static List<String> ids(SearchPage page) {
		return page.hits().stream().map(SearchHit::id).toList();
	}

	private long count(Predicate<ListingDocument> filter) {
		return this.documents.stream().filter(filter).count();
	}

	private Map<String, Long> countsBy(Predicate<ListingDocument> filter, Function<ListingDocument, String> key) {
		return new TreeMap<>(
				this.documents.stream().filter(filter).collect(Collectors.groupingBy(key, Collectors.counting())));
	}

	private static Map<String, Long> counts(List<FacetCount> facet) {
		return new TreeMap<>(facet.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count)));
	}

}
