package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The Elasticsearch queries behind a search: the words (with synonyms and typo
 * tolerance), the ranking preferences, the filters, the facets and the sort. See
 * docs/decisions/0019-search-relevance.md for why each piece is the way it is.
 */
final class ListingQueries {

	/** Text fields and how much a match in each counts. */
	static final List<String> TEXT_FIELDS = List.of("title.en^4", "title.hi^4", "craftName.en^3", "craftName.hi^3",
			"giName^2", "materials^1.5", "description.en", "description.hi", "sellerName");

	/**
	 * No edits for words under 5 letters ("cup" never becomes "cap"), one edit up to 7,
	 * two from 8 ("pashmeena" finds "pashmina").
	 */
	static final String FUZZINESS = "AUTO:5,8";

	/** Up to three words all count; from four, one may be missing. */
	static final String MINIMUM_SHOULD_MATCH = "3<-1";

	static final double IN_STOCK_WEIGHT = 2.0;

	static final double VERIFIED_WEIGHT = 1.5;

	/** Price facet bounds in paise: ₹1,000, ₹5,000, ₹20,000, ₹50,000. */
	static final List<Long> PRICE_BOUNDS = List.of(100_000L, 500_000L, 2_000_000L, 5_000_000L);

	static final String CRAFT = "craft";

	static final String SELLER_TYPE = "sellerType";

	static final String DISTRICT = "district";

	static final String STALL_EXHIBITION = "stalls.exhibitionId";

	static final String PRICE = "price";

	static final String VALUES = "values";

	/** The colour facet and filter (parameter {@code colour}). */
	static final String COLOUR = "colour";

	/** The index field holding a listing's colour codes. */
	static final String COLOUR_FIELD = "colours";

	private ListingQueries() {
	}

	/** The scored query: words, searchable, GI and stock filters, ranking preferences. */
	static Query query(SearchQuery search, List<SynonymGroup> groups) {
		return query(search, groups, MINIMUM_SHOULD_MATCH);
	}

	/**
	 * The scored query with how many of the words must match:
	 * {@link #MINIMUM_SHOULD_MATCH} normally, fewer for the fallback when nothing matches
	 * them all (decision 48).
	 */
	static Query query(SearchQuery search, List<SynonymGroup> groups, String minimumShouldMatch) {
		List<Query> filters = new ArrayList<>();
		filters.add(term("searchable", true));
		if (search.gi() != null) {
			filters.add(term("gi", search.gi()));
		}
		if (Boolean.TRUE.equals(search.inStock())) {
			filters.add(term("inStock", true));
		}
		if (search.exhibition() != null) {
			// The makers given a stall there (decision 57): a filter on every count too.
			filters.add(term(STALL_EXHIBITION, search.exhibition()));
		}
		Query words = words(search.text(), groups, minimumShouldMatch);
		Query filtered = Query.of((q) -> q.bool((b) -> b.must(words).filter(filters)));
		return Query.of((q) -> q.functionScore((fs) -> fs.query(filtered)
			.functions((f) -> f.filter(term("inStock", true)).weight(IN_STOCK_WEIGHT))
			.functions((f) -> f.filter(term("verified", true)).weight(VERIFIED_WEIGHT))
			.scoreMode(FunctionScoreMode.Multiply)
			.boostMode(FunctionBoostMode.Multiply)));
	}

	/**
	 * Each word must match somewhere (fuzzily); a word or phrase of a synonym group
	 * matches any spelling of its group, exactly.
	 */
	static Query words(String text, List<SynonymGroup> groups) {
		return words(text, groups, MINIMUM_SHOULD_MATCH);
	}

	static Query words(String text, List<SynonymGroup> groups, String minimumShouldMatch) {
		if (text == null || text.isBlank()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		List<QueryText.Segment> segments = QueryText.segments(text, groups);
		if (segments.isEmpty()) {
			return plainWord(text);
		}
		List<Query> clauses = segments.stream().map(ListingQueries::segment).toList();
		Query phraseBonus = Query.of((q) -> q.multiMatch(
				(m) -> m.query(text).fields("title.en^2", "title.hi^2").type(TextQueryType.Phrase).boost(2.0f)));
		return Query.of((q) -> q.bool(
				(b) -> b.must((must) -> must.bool((all) -> all.should(clauses).minimumShouldMatch(minimumShouldMatch)))
					.should(phraseBonus)));
	}

	/**
	 * How many words a query needs to match, when every word (group) must: the normal
	 * rule applied to {@code words} clauses.
	 */
	static int required(int words) {
		return (words <= 3) ? words : words - 1;
	}

	/**
	 * How many clauses a query's text makes (a synonym group counts once), for the
	 * fallback to step down from.
	 */
	static int clauses(String text, List<SynonymGroup> groups) {
		return (text == null || text.isBlank()) ? 0 : Math.max(1, QueryText.segments(text, groups).size());
	}

	/** A word or a group; a colour word also matches the colour attribute. */
	private static Query segment(QueryText.Segment segment) {
		Query text = (segment.group() != null) ? anySpelling(segment.group()) : plainWord(segment.text());
		if (segment.colour() == null) {
			return text;
		}
		Query colour = term(COLOUR_FIELD, segment.colour().code());
		return Query.of((q) -> q.bool((b) -> b.should(text, colour).minimumShouldMatch("1")));
	}

	private static Query plainWord(String word) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(word)
			.fields(TEXT_FIELDS)
			.type(TextQueryType.BestFields)
			.operator(Operator.And)
			.fuzziness(FUZZINESS)
			.prefixLength(1)));
	}

	private static Query anySpelling(SynonymGroup group) {
		List<Query> spellings = group.finds()
			.stream()
			.map((term) -> Query
				.of((q) -> q.multiMatch((m) -> m.query(term).fields(TEXT_FIELDS).type(TextQueryType.Phrase))))
			.toList();
		return Query.of((q) -> q.bool((b) -> b.should(spellings).minimumShouldMatch("1")));
	}

	/**
	 * The facet filters (craft, seller type, district, price), each by its facet name.
	 */
	static List<Query> facetFilters(SearchQuery search, String except) {
		List<Query> filters = new ArrayList<>();
		if (search.craft() != null && !CRAFT.equals(except)) {
			filters.add(term(CRAFT, search.craft()));
		}
		if (search.sellerType() != null && !SELLER_TYPE.equals(except)) {
			filters.add(term(SELLER_TYPE, search.sellerType()));
		}
		if (search.district() != null && !DISTRICT.equals(except)) {
			filters.add(term(DISTRICT, search.district()));
		}
		if (search.colour() != null && !COLOUR.equals(except)) {
			filters.add(term(COLOUR_FIELD, search.colour()));
		}
		if ((search.priceMinMinor() != null || search.priceMaxMinor() != null) && !PRICE.equals(except)) {
			filters.add(Query.of((q) -> q.range((r) -> r.number((n) -> {
				n.field("priceMinor");
				if (search.priceMinMinor() != null) {
					n.gte(search.priceMinMinor().doubleValue());
				}
				if (search.priceMaxMinor() != null) {
					n.lte(search.priceMaxMinor().doubleValue());
				}
				return n;
			}))));
		}
		return filters;
	}

	/** The post filter: the facet filters, applied to the hits but not the facets. */
	static Query postFilter(SearchQuery search) {
		return Query.of((q) -> q.bool((b) -> b.filter(facetFilters(search, null))));
	}

	/** Per facet: counts under every other active filter. */
	static java.util.Map<String, Aggregation> facets(SearchQuery search) {
		java.util.Map<String, Aggregation> facets = new java.util.LinkedHashMap<>();
		facets.put(CRAFT, terms(search, CRAFT, 50));
		facets.put(SELLER_TYPE, terms(search, SELLER_TYPE, 10));
		facets.put(DISTRICT, terms(search, DISTRICT, 10));
		facets.put(COLOUR, terms(search, COLOUR, COLOUR_FIELD, 30));
		List<AggregationRange> ranges = new ArrayList<>();
		Long from = null;
		for (Long bound : PRICE_BOUNDS) {
			Long lower = from;
			ranges.add(AggregationRange
				.of((r) -> r.from((lower != null) ? lower.doubleValue() : null).to(bound.doubleValue())));
			from = bound;
		}
		Long last = from;
		ranges.add(AggregationRange.of((r) -> r.from(last.doubleValue())));
		facets.put(PRICE, Aggregation.of((a) -> a.filter(others(search, PRICE))
			.aggregations(VALUES, (v) -> v.range((r) -> r.field("priceMinor").ranges(ranges)))));
		return facets;
	}

	private static Aggregation terms(SearchQuery search, String field, int size) {
		return terms(search, field, field, size);
	}

	private static Aggregation terms(SearchQuery search, String facet, String field, int size) {
		return Aggregation.of((a) -> a.filter(others(search, facet))
			.aggregations(VALUES, (v) -> v.terms((t) -> t.field(field).size(size))));
	}

	private static Query others(SearchQuery search, String except) {
		return Query.of((q) -> q.bool((b) -> b.filter(facetFilters(search, except))));
	}

	/** The order, always ending in the unique {@code id} so pages never overlap. */
	static List<SortOptions> sort(SearchSort sort) {
		SortOptions first = switch (sort) {
			case RELEVANCE -> SortOptions.of((s) -> s.score((sc) -> sc.order(SortOrder.Desc)));
			case PRICE_ASC -> field("priceMinor", SortOrder.Asc);
			case PRICE_DESC -> field("priceMinor", SortOrder.Desc);
			case NEWEST -> field("createdAt", SortOrder.Desc);
		};
		return List.of(first, field("id", SortOrder.Asc));
	}

	private static SortOptions field(String name, SortOrder order) {
		return SortOptions.of((s) -> s.field((f) -> f.field(name).order(order)));
	}

	static Query term(String field, Object value) {
		FieldValue fieldValue = (value instanceof Boolean flag) ? FieldValue.of(flag) : FieldValue.of(value.toString());
		return Query.of((q) -> q.term((t) -> t.field(field).value(fieldValue)));
	}

}
