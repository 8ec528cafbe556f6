package ladakh.crafts.marketplace.search.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.catalog.index.Localized;
import ladakh.crafts.catalog.search.FacetCount;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.PriceBucket;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.marketplace.search.Storefront;

/**
 * The public search API's JSON (docs/api.md). The names are a contract with the
 * storefront's clients: add fields, never rename. Titles are in the reader's language
 * ({@code lang} or {@code Accept-Language}), English when there is no Hindi.
 */
final class SearchJson {

	private SearchJson() {
	}

	static Response of(Storefront.Results results, Locale locale) {
		SearchPage page = results.page();
		List<Hit> hits = page.hits().stream().map((hit) -> hit(hit, locale)).toList();
		Facets facets = (page.facets() != null) ? page.facets() : Facets.none();
		return new Response(page.total(), page.page(), page.size(), page.nextCursor(), hits,
				new FacetsJson(values(facets.craft()), values(facets.sellerType()), values(facets.district()),
						(facets.price() != null) ? facets.price().stream().map(SearchJson::bucket).toList() : List.of(),
						values(facets.colour())),
				results.limited(), page.relaxed());
	}

	private static Hit hit(SearchHit hit, Locale locale) {
		return new Hit(hit.id(), text(hit.title(), locale), hit.craft(), text(hit.craftName(), locale),
				new Price(hit.priceMinor(), (hit.currency() != null) ? hit.currency() : "INR"), hit.sellerId(),
				hit.sellerName(), hit.sellerType(), hit.district(), hit.registrationNumber(), hit.verified(),
				hit.inStock(), hit.madeToOrder(), hit.leadTimeDays(), hit.gi(),
				(hit.thumbnailId() != null) ? "/media/" + hit.thumbnailId() : null, "/listings/" + hit.id());
	}

	static String text(Localized text, Locale locale) {
		if (text == null) {
			return null;
		}
		if ("hi".equals(locale.getLanguage()) && text.hi() != null && !text.hi().isBlank()) {
			return text.hi();
		}
		return text.en();
	}

	private static List<Value> values(List<FacetCount> counts) {
		return (counts != null) ? counts.stream().map((count) -> new Value(count.value(), count.count())).toList()
				: List.of();
	}

	private static Range bucket(PriceBucket bucket) {
		return new Range(rupees(bucket.fromMinor()), rupees(bucket.toMinor()), bucket.count(), bucket.fromMinor(),
				bucket.toMinor());
	}

	private static BigDecimal rupees(Long paise) {
		return (paise != null) ? BigDecimal.valueOf(paise, 2).stripTrailingZeros() : null;
	}

	/**
	 * @param limited true when Elasticsearch is unavailable and the answer comes from
	 * MongoDB (no full text, no cursor, facets count with every filter applied)
	 * @param relaxed true when no listing matched every word and these hits match most of
	 * them (decision 48)
	 */
	record Response(long total, int page, int size, String nextCursor, List<Hit> hits, FacetsJson facets,
			boolean limited, boolean relaxed) {

	}

	record Hit(String id, String title, String craft, String craftName, Price price, String sellerId, String sellerName,
			String sellerType, String district, String registrationNumber, boolean verified, boolean inStock,
			boolean madeToOrder, Integer leadTimeDays, boolean gi, String thumbnailUrl, String url) {

	}

	record Price(long amountMinor, String currency) {

	}

	record FacetsJson(List<Value> craft, List<Value> sellerType, List<Value> district, List<Range> price,
			List<Value> colour) {

	}

	record Value(String value, long count) {

	}

	/**
	 * {@code from} and {@code to} in rupees, as {@code priceMin}/{@code priceMax} take
	 * them ({@code to} exclusive); also in paise.
	 */
	record Range(BigDecimal from, BigDecimal to, long count, Long fromMinor, Long toMinor) {

	}

}
