package ladakh.crafts.marketplace.search.web;

import java.util.HashMap;
import java.util.Map;

import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchParametersTests {

	@Test
	void readsEveryParameterAndTurnsRupeesIntoPaise() {
		SearchQuery query = SearchParameters.parse(Map.ofEntries(Map.entry("q", "  thanka  "),
				Map.entry("craft", "thangka-painting"), Map.entry("sellerType", "artisan"),
				Map.entry("district", "Leh"), Map.entry("priceMin", "500"), Map.entry("priceMax", "2499.5"),
				Map.entry("gi", "true"), Map.entry("inStock", "on"), Map.entry("sort", "price_desc"),
				Map.entry("page", "3"), Map.entry("size", "10"), Map.entry("lang", "hi")));

		assertThat(query).isEqualTo(new SearchQuery("thanka", "thangka-painting", "ARTISAN", "LEH", 50_000L, 249_950L,
				true, true, SearchSort.PRICE_DESC, 3, 10, null));
	}

	@Test
	void nothingGivenMeansEverythingFirstPageByRelevance() {
		assertThat(SearchParameters.parse(Map.of("q", " ", "craft", ""))).isEqualTo(SearchQuery.everything());
	}

	@Test
	void theDeepestPageNumberIsTheWindowDividedByTheSize() {
		assertThat(SearchParameters.parse(Map.of("page", "100", "size", "100")).page()).isEqualTo(100);
		refused(Map.of("page", "101", "size", "100"), "page.window");
	}

	@ParameterizedTest(name = "{0}={1} is refused as {2}")
	@CsvSource(delimiter = '|', textBlock = """
			priceMin   | -1          | price.negative
			priceMax   | -0.5        | price.negative
			priceMin   | abc         | price.number
			priceMin   | 12.345      | price.number
			priceMax   | 1e9         | price.number
			priceMax   | 99999999999 | price.number
			size       | 101         | size
			size       | 0           | size
			size       | ten         | size
			page       | 0           | page
			page       | 1.5         | page
			page       | 99999999999 | page
			sort       | cheapest    | sort
			sellerType | COOPERATIVE | sellerType
			district   | SRINAGAR    | district
			gi         | maybe       | flag
			inStock    | 2           | flag
			craft      | Thangka!    | craft
			""")
	void refusesBadInputWithTheProblemNamed(String name, String value, String problem) {
		refused(Map.of(name, value), problem);
	}

	@Test
	void refusesReversedPrices() {
		refused(Map.of("priceMin", "5000", "priceMax", "100"), "price.reversed");
	}

	@Test
	void refusesAQueryLongerThanTheLimit() {
		refused(Map.of("q", "a".repeat(10_000)), "q.tooLong");
		assertThat(SearchParameters.parse(Map.of("q", "a".repeat(SearchQuery.MAX_TEXT_LENGTH))).text())
			.hasSize(SearchQuery.MAX_TEXT_LENGTH);
	}

	@Test
	void refusesAnOverlongCursor() {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("cursor", "x".repeat(5_000));
		refused(parameters, "cursor");
	}

	private static void refused(Map<String, String> parameters, String problem) {
		assertThatExceptionOfType(SearchInputException.class).isThrownBy(() -> SearchParameters.parse(parameters))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("search.error." + problem));
	}

}
