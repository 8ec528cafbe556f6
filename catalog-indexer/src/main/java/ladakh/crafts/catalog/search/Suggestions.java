package ladakh.crafts.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import ladakh.crafts.catalog.index.ListingDocument;

/**
 * Autocomplete: craft names and synonym spellings that start with what was typed, then
 * listing titles (English, or Hindi when Devanagari was typed) whose words start with it.
 * The titles come from the {@code .auto} (edge n-gram) sub-fields.
 */
final class Suggestions {

	private static final String CRAFTS = "crafts";

	private Suggestions() {
	}

	static SearchRequest request(String alias, String prefix, int max) {
		boolean hindi = QueryText.isDevanagari(prefix);
		Query titles = Query.of((q) -> q
			.multiMatch((m) -> m.query(prefix).fields("title.en.auto", "title.hi.auto").operator(Operator.And)));
		Query crafts = Query.of((q) -> q.multiMatch(
				(m) -> m.query(prefix).fields("craftName.en.auto", "craftName.hi.auto").operator(Operator.And)));
		String craftField = hindi ? "craftName.hi.keyword" : "craftName.en.keyword";
		return SearchRequest.of((s) -> s.index(alias)
			.query((q) -> q.bool((b) -> b.filter(ListingQueries.term("searchable", true))
				.should(titles)
				.should(crafts)
				.minimumShouldMatch("1")))
			.source((src) -> src.filter((f) -> f.includes("id", "title", "sellerId")))
			.size(Math.min(max * 2, 50))
			.aggregations(CRAFTS, (a) -> a.filter(crafts)
				.aggregations("names", (n) -> n.terms((t) -> t.field(craftField).size(max)))));
	}

	static List<Suggestion> from(SearchResponse<ListingDocument> response, String prefix, List<SynonymGroup> groups,
			int max) {
		boolean hindi = QueryText.isDevanagari(prefix);
		String typed = QueryText.normalize(prefix);
		Set<String> seen = new LinkedHashSet<>();
		List<Suggestion> suggestions = new ArrayList<>();
		Aggregate crafts = response.aggregations().get(CRAFTS);
		if (crafts != null && crafts.isFilter()) {
			Aggregate names = crafts.filter().aggregations().get("names");
			if (names != null && names.isSterms()) {
				names.sterms()
					.buckets()
					.array()
					.forEach((bucket) -> add(suggestions, seen, bucket.key().stringValue(), null, max));
			}
		}
		for (SynonymGroup group : groups) {
			for (String term : group.terms()) {
				if (QueryText.isDevanagari(term) == hindi && QueryText.normalize(term).startsWith(typed)) {
					add(suggestions, seen, term, null, max);
				}
			}
		}
		for (Hit<ListingDocument> hit : response.hits().hits()) {
			ListingDocument doc = hit.source();
			if (doc == null || doc.title() == null) {
				continue;
			}
			String title = (hindi && doc.title().hi() != null) ? doc.title().hi() : doc.title().en();
			add(suggestions, seen, title, doc.id(), max);
		}
		return List.copyOf(suggestions);
	}

	private static void add(List<Suggestion> suggestions, Set<String> seen, String text, String listingId, int max) {
		if (text != null && suggestions.size() < max && seen.add(QueryText.normalize(text))) {
			suggestions.add(new Suggestion(text, listingId));
		}
	}

}
