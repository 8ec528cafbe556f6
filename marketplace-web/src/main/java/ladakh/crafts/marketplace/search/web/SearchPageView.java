package ladakh.crafts.marketplace.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.catalog.search.FacetCount;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.PriceBucket;
import ladakh.crafts.catalog.search.SearchHit;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchSort;
import ladakh.crafts.marketplace.exhibitions.StallDirectory;
import ladakh.crafts.marketplace.search.Storefront;
import ladakh.crafts.marketplace.shared.ProductCard;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Rupees;

import org.springframework.context.MessageSource;

/**
 * Everything the search page shows, in the reader's language: the results as product
 * cards, the facet sidebar as links (each with its count; works without JavaScript), the
 * sort choices, and paging (page numbers up to the window, then "more results" through
 * the cursor).
 *
 * @param q the words searched for
 * @param kept the current parameters, for the forms' hidden fields
 * @param total how many results
 * @param cards the results
 * @param facets the sidebar groups
 * @param sorts the sort choices
 * @param pages the page links
 * @param previousUrl the page before, or null
 * @param nextUrl the page after, or null
 * @param moreUrl beyond the last page number: the cursor link, or null
 * @param limited whether search is unavailable and MongoDB answered
 * @param textIgnored whether the words could not be searched
 * @param clearUrl a link without any filter
 * @param activeFilters how many filters are active (craft, seller type, district, colour,
 * prices, GI, in stock)
 * @param relaxed whether no listing matched all the words and these match most of them
 * @param exhibitions the exhibitions to find the makers of (decision 57), the chosen one
 * selected
 * @param exhibitionClearUrl the search without its exhibition, or null without one
 */
record SearchPageView(String q, Map<String, String> kept, long total, List<ProductCard> cards, List<FacetGroup> facets,
		List<Choice> sorts, List<PageLink> pages, String previousUrl, String nextUrl, String moreUrl, boolean limited,
		boolean textIgnored, String clearUrl, int activeFilters, boolean relaxed, List<Choice> exhibitions,
		String exhibitionClearUrl) {

	/** The parameters that narrow the results (the facets and the filter form). */
	static final List<String> FILTERS = List.of("craft", "sellerType", "district", "colour", "priceMin", "priceMax",
			"gi", "inStock", "exhibition");

	/** Page numbers shown either side of the current one. */
	static final int PAGE_SPREAD = 3;

	static SearchPageView of(Storefront.Results results, SearchQuery query, Map<String, String> parameters,
			Map<String, String> craftNames, MessageSource messages, Locale locale) {
		return of(results, query, parameters, craftNames, List.of(), messages, locale);
	}

	static SearchPageView of(Storefront.Results results, SearchQuery query, Map<String, String> parameters,
			Map<String, String> craftNames, List<StallDirectory.Choice> exhibitionChoices, MessageSource messages,
			Locale locale) {
		SearchLinks links = new SearchLinks(parameters);
		SearchPage page = results.page();
		List<ProductCard> cards = page.hits().stream().map((hit) -> card(hit, locale)).toList();
		Facets facets = (page.facets() != null) ? page.facets() : Facets.none();
		List<FacetGroup> groups = new ArrayList<>();
		groups.add(group("craft", messages.getMessage("search.facet.craft", null, locale), facets.craft(), links,
				(value) -> craftNames.getOrDefault(value, value)));
		groups
			.add(group("sellerType", messages.getMessage("search.facet.sellerType", null, locale), facets.sellerType(),
					links, (value) -> messages.getMessage("seller.type." + value, null, value, locale)));
		groups.add(group("district", messages.getMessage("search.facet.district", null, locale), facets.district(),
				links, (value) -> messages.getMessage("district." + value, null, value, locale)));
		groups.add(group("colour", messages.getMessage("search.facet.colour", null, locale), facets.colour(), links,
				(value) -> messages.getMessage("colour." + value, null, value, locale)));
		groups.add(priceGroup(messages.getMessage("search.facet.price", null, locale), facets.price(), links, messages,
				locale));
		List<Choice> sorts = new ArrayList<>();
		for (SearchSort sort : SearchSort.values()) {
			sorts.add(new Choice(sort.param(), messages.getMessage("search.sort." + sort.param(), null, locale),
					sort == query.sort(), links.with("sort", sort.param())));
		}
		boolean cursorMode = query.cursor() != null;
		long lastByTotal = (page.total() + query.size() - 1) / query.size();
		int lastPage = (int) Math.min(lastByTotal, SearchQuery.MAX_WINDOW / query.size());
		List<PageLink> pages = new ArrayList<>();
		String previous = null;
		String next = null;
		String more = null;
		if (!cursorMode) {
			int current = query.page();
			for (int number = Math.max(1, current - PAGE_SPREAD); number <= Math.min(lastPage,
					current + PAGE_SPREAD); number++) {
				pages.add(new PageLink(number, links.page(number), number == current));
			}
			previous = (current > 1) ? links.page(current - 1) : null;
			next = (current < lastPage) ? links.page(current + 1) : null;
			if (current >= lastPage && lastByTotal > lastPage && page.nextCursor() != null) {
				more = links.cursor(page.nextCursor());
			}
		}
		else if (page.nextCursor() != null) {
			more = links.cursor(page.nextCursor());
		}
		int activeFilters = (int) links.kept().keySet().stream().filter(FILTERS::contains).count();
		List<Choice> exhibitions = exhibitionChoices.stream()
			.map((choice) -> new Choice(choice.id(),
					messages
						.getMessage("search.exhibition.choice", new Object[] { choice.name(), choice.dates() }, locale),
					choice.id().equals(query.exhibition()),
					choice.id().equals(query.exhibition()) ? links.without("exhibition")
							: links.with("exhibition", choice.id())))
			.toList();
		return new SearchPageView(query.text(), links.kept(), page.total(), cards, groups, sorts, pages, previous, next,
				more, results.limited(), results.textIgnored(), links.without(FILTERS.toArray(String[]::new)),
				activeFilters, page.relaxed(), exhibitions,
				(query.exhibition() != null) ? links.without("exhibition") : null);
	}

	/** Whether any filter is active. */
	public boolean filtered() {
		return this.activeFilters > 0;
	}

	private static ProductCard card(SearchHit hit, Locale locale) {
		return new ProductCard("/listings/" + hit.id(), SearchJson.text(hit.title(), locale),
				(hit.thumbnailId() != null) ? "/media/" + hit.thumbnailId() : null, Money.paise(hit.priceMinor()),
				hit.sellerName(), hit.sellerType(), hit.verified(), !hit.inStock());
	}

	private static FacetGroup group(String name, String title, List<FacetCount> counts, SearchLinks links,
			java.util.function.Function<String, String> label) {
		String selected = links.value(name);
		List<FacetLink> values = new ArrayList<>();
		if (counts != null) {
			for (FacetCount count : counts) {
				boolean chosen = count.value().equalsIgnoreCase(String.valueOf(selected));
				values.add(new FacetLink(label.apply(count.value()), count.count(),
						chosen ? links.without(name) : links.with(name, count.value()), chosen));
			}
		}
		return new FacetGroup(name, title, values, (selected != null) ? links.without(name) : null);
	}

	private static FacetGroup priceGroup(String title, List<PriceBucket> buckets, SearchLinks links,
			MessageSource messages, Locale locale) {
		List<FacetLink> values = new ArrayList<>();
		if (buckets != null) {
			for (PriceBucket bucket : buckets) {
				String from = (bucket.fromMinor() != null) ? rupeesParam(bucket.fromMinor()) : null;
				// "to" is exclusive in a bucket; priceMax is inclusive: one paisa less.
				String to = (bucket.toMinor() != null) ? rupeesParam(bucket.toMinor() - 1) : null;
				boolean chosen = java.util.Objects.equals(from, links.value("priceMin"))
						&& java.util.Objects.equals(to, links.value("priceMax"));
				String label = (from == null)
						? messages.getMessage("search.price.under",
								new Object[] { Rupees.formatPaise(bucket.toMinor()) }, locale)
						: (to == null)
								? messages.getMessage("search.price.over",
										new Object[] { Rupees.formatPaise(bucket.fromMinor()) }, locale)
								: Rupees.formatPaise(bucket.fromMinor()) + " – " + Rupees.formatPaise(bucket.toMinor());
				String url = chosen ? links.without("priceMin", "priceMax")
						: new SearchLinks(withPrice(links, from, to)).with("priceMin", from);
				values.add(new FacetLink(label, bucket.count(), url, chosen));
			}
		}
		boolean anyPrice = links.value("priceMin") != null || links.value("priceMax") != null;
		return new FacetGroup("price", title, values, anyPrice ? links.without("priceMin", "priceMax") : null);
	}

	private static Map<String, String> withPrice(SearchLinks links, String from, String to) {
		Map<String, String> next = new java.util.LinkedHashMap<>(links.kept());
		next.remove("priceMin");
		next.remove("priceMax");
		if (to != null) {
			next.put("priceMax", to);
		}
		return next;
	}

	private static String rupeesParam(long paise) {
		return java.math.BigDecimal.valueOf(paise, 2).stripTrailingZeros().toPlainString();
	}

	record FacetGroup(String name, String title, List<FacetLink> values, String clearUrl) {

	}

	record FacetLink(String label, long count, String url, boolean selected) {

	}

	record Choice(String value, String label, boolean selected, String url) {

	}

	record PageLink(int number, String url, boolean current) {

	}

}
