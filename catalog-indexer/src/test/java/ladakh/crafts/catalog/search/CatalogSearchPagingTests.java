package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import ladakh.crafts.catalog.CatalogIndexerApplication;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import ladakh.crafts.catalog.index.ListingDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static ladakh.crafts.catalog.search.TestIndex.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code nextCursor} walks arbitrarily deep without a duplicate or a gap, in every sort,
 * and refuses a cursor it did not hand out.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-search-paging",
				// These tests index documents themselves; the sync would race them for
				// the alias.
				"marketplace.catalog.sync.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchPagingTests {

	private static final int LISTINGS = 10_500;

	@Autowired
	CatalogSearch search;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	CatalogIndexProperties index;

	@BeforeAll
	void indexManyListings() {
		List<ListingDocument> documents = new ArrayList<>(LISTINGS + 10);
		for (int i = 0; i < LISTINGS; i++) {
			// Few distinct prices, seller groups and dates, so ties are everywhere and
			// only the id tiebreaker keeps pages apart.
			documents.add(listing(String.format("deep-%05d", i)).title("Carved apricot wood box " + (i % 7))
				.price((i % 40) * 10_000L)
				.inStock(i % 3 != 0)
				.verified(i % 5 != 0)
				.seller("art-deep-" + (i % 9), "ARTISAN", (i % 2 == 0) ? "LEH" : "KARGIL")
				.createdAt(1_700_000_000_000L + (i % 100) * 1000L)
				.build());
		}
		for (int i = 0; i < 10; i++) {
			documents.add(listing("deep-removed-" + i).title("Carved apricot wood box").searchable(false).build());
		}
		new TestIndex(this.elasticsearch, this.index.alias()).recreate().index(documents);
	}

	@ParameterizedTest
	@EnumSource(SearchSort.class)
	void theCursorWalksEveryListingOnceInEverySort(SearchSort sort) {
		SearchQuery first = new SearchQuery(null, null, null, null, null, null, null, null, sort, 1,
				SearchQuery.MAX_SIZE, null);
		List<String> seen = walk(first);
		assertThat(seen).hasSize(LISTINGS);
		assertThat(new HashSet<>(seen)).hasSize(LISTINGS);
	}

	@Test
	void aTextSearchByRelevanceWalksPastTheWindowToo() {
		SearchQuery first = new SearchQuery("carved box", null, null, null, null, null, null, null,
				SearchSort.RELEVANCE, 1, SearchQuery.MAX_SIZE, null);
		List<String> seen = walk(first);
		assertThat(seen).hasSize(LISTINGS);
		assertThat(new HashSet<>(seen)).hasSize(LISTINGS);
	}

	@Test
	void priceAscendingPagesAreInPriceOrder() {
		SearchQuery first = new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.PRICE_ASC, 1, 50,
				null);
		SearchPage page = this.search.search(first).block();
		SearchPage next = this.search.search(first.after(page.nextCursor())).block();
		List<Long> prices = new ArrayList<>();
		page.hits().forEach((hit) -> prices.add(hit.priceMinor()));
		next.hits().forEach((hit) -> prices.add(hit.priceMinor()));
		assertThat(prices).isSorted();
	}

	@Test
	void pageNumbersAndTheCursorAgree() {
		SearchQuery first = new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.NEWEST, 1, 20,
				null);
		SearchPage one = this.search.search(first).block();
		SearchPage byCursor = this.search.search(first.after(one.nextCursor())).block();
		SearchPage byNumber = this.search
			.search(new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.NEWEST, 2, 20, null))
			.block();
		assertThat(byCursor.hits()).extracting(SearchHit::id)
			.containsExactlyElementsOf(byNumber.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void theLastNumberedPageOfTheWindowHandsOverToTheCursor() {
		int lastPage = SearchQuery.MAX_WINDOW / SearchQuery.MAX_SIZE;
		SearchQuery deepest = new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.PRICE_ASC,
				lastPage, SearchQuery.MAX_SIZE, null);
		SearchPage page = this.search.search(deepest).block();
		assertThat(page.hits()).hasSize(SearchQuery.MAX_SIZE);
		assertThat(page.nextCursor()).isNotNull();
		SearchPage beyond = this.search.search(deepest.after(page.nextCursor())).block();
		assertThat(beyond.hits().get(0).priceMinor()).isGreaterThanOrEqualTo(page.hits().get(99).priceMinor());
		Set<String> rest = new HashSet<>();
		beyond.hits().forEach((hit) -> rest.add(hit.id()));
		while (beyond.nextCursor() != null) {
			beyond = this.search.search(deepest.after(beyond.nextCursor())).block();
			beyond.hits().forEach((hit) -> rest.add(hit.id()));
		}
		assertThat(rest).hasSize(LISTINGS - SearchQuery.MAX_WINDOW);
		page.hits().forEach((hit) -> assertThat(rest).doesNotContain(hit.id()));
	}

	@Test
	void theNewestOfOneSellerComeNewestFirstPageByPageWithAnExactTotal() {
		long theirs = java.util.stream.IntStream.range(0, LISTINGS).filter((i) -> i % 9 == 3).count();
		SearchPage one = this.search.newest("art-deep-3", null, 1, 50).block();
		SearchPage two = this.search.newest("art-deep-3", null, 2, 50).block();

		assertThat(one.total()).isEqualTo(theirs);
		assertThat(one.facets()).isEqualTo(Facets.none());
		List<SearchHit> both = new ArrayList<>(one.hits());
		both.addAll(two.hits());
		assertThat(both).hasSize(100).allSatisfy((hit) -> assertThat(hit.sellerId()).isEqualTo("art-deep-3"));
		assertThat(new HashSet<>(both.stream().map(SearchHit::id).toList())).hasSize(100);
		List<String> newestFirst = both.stream()
			.map((hit) -> hit.id())
			.sorted(java.util.Comparator.comparingInt((String id) -> -(Integer.parseInt(id.substring(5)) % 100))
				.thenComparing(java.util.Comparator.naturalOrder()))
			.toList();
		assertThat(both).extracting(SearchHit::id).containsExactlyElementsOf(newestFirst);
	}

	@Test
	void theNewestOfEveryoneLeaveOutWhatIsNotSearchable() {
		SearchPage page = this.search.newest(null, null, 1, 20).block();

		assertThat(page.total()).isEqualTo(LISTINGS);
		assertThat(page.hits()).hasSize(20).noneSatisfy((hit) -> assertThat(hit.id()).startsWith("deep-removed"));
		assertThat(this.search.newest(null, "PUBLISHED", 1, 20).block().total()).isEqualTo(LISTINGS);
		assertThat(this.search.newest(null, "SOLD_OUT", 1, 20).block().total()).isZero();
	}

	@Test
	void aTamperedCursorIsRefused() {
		SearchQuery first = new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.PRICE_ASC, 1, 20,
				null);
		String cursor = this.search.search(first).block().nextCursor();
		char last = cursor.charAt(3);
		String tampered = cursor.substring(0, 3) + ((last == 'A') ? 'B' : 'A') + cursor.substring(4);
		assertThatThrownBy(() -> this.search.search(first.after(tampered)).block())
			.isInstanceOf(InvalidCursorException.class);
		assertThatThrownBy(() -> this.search.search(first.after("not-a-cursor")).block())
			.isInstanceOf(InvalidCursorException.class);
		SearchQuery otherSort = new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.PRICE_DESC,
				1, 20, cursor);
		assertThatThrownBy(() -> this.search.search(otherSort).block()).isInstanceOf(InvalidCursorException.class);
		SearchQuery otherWords = first.withText("pashmina").after(cursor);
		assertThatThrownBy(() -> this.search.search(otherWords).block()).isInstanceOf(InvalidCursorException.class);
	}

	private List<String> walk(SearchQuery first) {
		List<String> seen = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		SearchPage page = this.search.search(first).block();
		assertThat(page.total()).isEqualTo(LISTINGS);
		page.hits().forEach((hit) -> seen.add(hit.id()));
		while (page.nextCursor() != null) {
			assertThat(cursors.add(page.nextCursor())).as("a cursor is never handed out twice").isTrue();
			page = this.search.search(first.after(page.nextCursor())).block();
			page.hits().forEach((hit) -> seen.add(hit.id()));
		}
		return seen;
	}

}
