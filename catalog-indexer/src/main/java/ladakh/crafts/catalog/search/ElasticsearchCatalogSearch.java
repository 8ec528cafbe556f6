package ladakh.crafts.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import ladakh.crafts.catalog.index.ListingDocument;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CatalogSearch} over the listing alias, with the asynchronous client (no thread
 * waits for Elasticsearch).
 * <p>
 * Paging: sorted by the chosen order and then by the unique {@code id}. A relevance
 * search's first {@link #WINDOW_PAGES} pages are read as one window and reordered so one
 * seller cannot fill page 1 (see {@link SellerDiversity}); page numbers and cursors
 * inside that window address the reordered window, and beyond it {@code search_after}
 * continues from the window's last hit, so every listing appears exactly once.
 */
public class ElasticsearchCatalogSearch implements CatalogSearch {

	/** How many pages of a relevance search share the diversified window. */
	static final int WINDOW_PAGES = 3;

	/** The most suggestions one call returns. */
	static final int MAX_SUGGESTIONS = 20;

	private final ElasticsearchAsyncClient client;

	private final String alias;

	private final SynonymStore synonyms;

	private final SearchCursor cursors;

	public ElasticsearchCatalogSearch(ElasticsearchAsyncClient client, String alias, SynonymStore synonyms,
			String cursorSecret) {
		this.client = client;
		this.alias = alias;
		this.synonyms = synonyms;
		this.cursors = new SearchCursor(cursorSecret);
	}

	@Override
	public Mono<SearchPage> search(SearchQuery query) {
		SearchCursor.Position position;
		try {
			position = (query.cursor() != null) ? this.cursors.read(query) : null;
		}
		catch (InvalidCursorException ex) {
			return Mono.error(ex);
		}
		return this.synonyms.groups()
			.flatMap((groups) -> answer(query, groups, position, ListingQueries.MINIMUM_SHOULD_MATCH).flatMap(
					(strict) -> (strict.total() > 0) ? Mono.just(strict) : relaxed(query, groups, position, strict)));
	}

	/**
	 * When no listing matches all the words, the listings matching most of them: one word
	 * fewer each time, down to one (decision 48). Each page asks again, so pages and
	 * cursors of a relaxed search stay relaxed the same way.
	 */
	private Mono<SearchPage> relaxed(SearchQuery query, List<SynonymGroup> groups, SearchCursor.Position position,
			SearchPage strict) {
		int required = ListingQueries.required(ListingQueries.clauses(query.text(), groups));
		return Flux.range(1, Math.max(0, required - 1))
			.map((fewer) -> required - fewer)
			.concatMap((words) -> answer(query, groups, position, String.valueOf(words)))
			.filter((page) -> page.total() > 0)
			.next()
			.map(SearchPage::asRelaxed)
			.defaultIfEmpty(strict);
	}

	private Mono<SearchPage> answer(SearchQuery query, List<SynonymGroup> groups, SearchCursor.Position position,
			String words) {
		int window = query.size() * WINDOW_PAGES;
		if (position != null && position.inWindow()) {
			return windowPage(query, groups, words, position.offset(), position.window());
		}
		if (position != null) {
			return afterPage(query, groups, words, position.after());
		}
		int from = (query.page() - 1) * query.size();
		if (query.sort() == SearchSort.RELEVANCE && from < window) {
			return windowPage(query, groups, words, from, window);
		}
		return fromPage(query, groups, words, from);
	}

	@Override
	public Mono<SearchPage> newest(String sellerId, String status, int page, int size) {
		if (size < 1 || size > SearchQuery.MAX_SIZE || page < 1 || (long) page * size > SearchQuery.MAX_WINDOW) {
			return Mono.error(new IllegalArgumentException("page " + page + " of size " + size + " is out of range"));
		}
		List<Query> filters = new ArrayList<>();
		filters.add(ListingQueries.term("searchable", true));
		if (sellerId != null) {
			filters.add(ListingQueries.term("sellerId", sellerId));
		}
		if (status != null) {
			filters.add(ListingQueries.term("status", status));
		}
		SearchRequest request = SearchRequest.of((s) -> s.index(this.alias)
			.query((q) -> q.bool((b) -> b.filter(filters)))
			.sort(ListingQueries.sort(SearchSort.NEWEST))
			.trackTotalHits((t) -> t.enabled(true))
			.source((src) -> src.filter((f) -> f.excludes("description", "materials", "stalls")))
			.from((page - 1) * size)
			.size(size));
		return execute(request).map((response) -> {
			List<Hit<ListingDocument>> hits = response.hits().hits();
			return new SearchPage(total(response, hits), page, size, null,
					hits.stream().map(Hit::source).map(SearchResults::hit).toList(), Facets.none());
		});
	}

	private Mono<SearchPage> windowPage(SearchQuery query, List<SynonymGroup> groups, String words, int offset,
			int window) {
		if (offset < 0 || window < query.size() || window > 3 * SearchQuery.MAX_SIZE || offset >= window) {
			return Mono.error(new InvalidCursorException("This cursor is out of range; start from page 1."));
		}
		return execute(request(query, groups, words, 0, window + 1, null)).map((response) -> {
			List<Hit<ListingDocument>> hits = response.hits().hits();
			List<Hit<ListingDocument>> inWindow = hits.subList(0, Math.min(window, hits.size()));
			List<Hit<ListingDocument>> ordered = SellerDiversity.reorder(inWindow, query.size());
			int end = Math.min(offset + query.size(), ordered.size());
			List<Hit<ListingDocument>> page = (offset < end) ? ordered.subList(offset, end) : List.of();
			String next = null;
			if (end < ordered.size()) {
				next = this.cursors.inWindow(query, end, window);
			}
			else if (end == window && hits.size() > window) {
				next = this.cursors.after(query, inWindow.get(window - 1).sort());
			}
			return page(query, response, page, next, offset / query.size() + 1);
		});
	}

	/**
	 * A numbered page. One hit more than the page is asked for to know whether another
	 * page follows, except at the very end of the window Elasticsearch allows for
	 * {@code from + size}, where the total tells.
	 */
	private Mono<SearchPage> fromPage(SearchQuery query, List<SynonymGroup> groups, String words, int from) {
		int size = Math.min(query.size() + 1, SearchQuery.MAX_WINDOW - from);
		return execute(request(query, groups, words, from, size, null)).map((response) -> {
			List<Hit<ListingDocument>> hits = response.hits().hits();
			List<Hit<ListingDocument>> page = hits.subList(0, Math.min(query.size(), hits.size()));
			boolean more = hits.size() > query.size()
					|| (page.size() == query.size() && from + page.size() < total(response, hits));
			String next = more ? this.cursors.after(query, page.get(page.size() - 1).sort()) : null;
			return page(query, response, page, next, query.page());
		});
	}

	private Mono<SearchPage> afterPage(SearchQuery query, List<SynonymGroup> groups, String words,
			List<FieldValue> after) {
		return execute(request(query, groups, words, 0, query.size() + 1, after))
			.map((response) -> limited(query, response, 1));
	}

	private SearchPage limited(SearchQuery query, SearchResponse<ListingDocument> response, int pageNumber) {
		List<Hit<ListingDocument>> hits = response.hits().hits();
		List<Hit<ListingDocument>> page = hits.subList(0, Math.min(query.size(), hits.size()));
		String next = (hits.size() > query.size()) ? this.cursors.after(query, page.get(page.size() - 1).sort()) : null;
		return page(query, response, page, next, pageNumber);
	}

	private static long total(SearchResponse<ListingDocument> response, List<Hit<ListingDocument>> hits) {
		return (response.hits().total() != null) ? response.hits().total().value() : hits.size();
	}

	private SearchPage page(SearchQuery query, SearchResponse<ListingDocument> response,
			List<Hit<ListingDocument>> hits, String next, int pageNumber) {
		return new SearchPage(total(response, hits), pageNumber, query.size(), next,
				hits.stream().map(Hit::source).map(SearchResults::hit).toList(), SearchResults.facets(response));
	}

	private SearchRequest request(SearchQuery query, List<SynonymGroup> groups, String words, int from, int size,
			List<FieldValue> after) {
		return SearchRequest.of((s) -> {
			s.index(this.alias)
				.query(ListingQueries.query(query, groups, words))
				.postFilter(ListingQueries.postFilter(query))
				.aggregations(ListingQueries.facets(query))
				.sort(ListingQueries.sort(query.sort()))
				.trackTotalHits((t) -> t.enabled(true))
				// What a result card needs; the long texts stay in the index.
				.source((src) -> src.filter((f) -> f.excludes("description", "materials", "stalls")))
				.size(size);
			if (after != null) {
				s.searchAfter(after);
			}
			else {
				s.from(from);
			}
			return s;
		});
	}

	@Override
	public Mono<List<Suggestion>> suggest(String prefix, int max) {
		String typed = (prefix != null) ? prefix.strip() : "";
		if (typed.isEmpty() || max < 1) {
			return Mono.just(List.of());
		}
		String text = (typed.length() > SearchQuery.MAX_TEXT_LENGTH) ? typed.substring(0, SearchQuery.MAX_TEXT_LENGTH)
				: typed;
		return this.synonyms.groups()
			.flatMap((groups) -> execute(Suggestions.request(this.alias, text, Math.min(max, MAX_SUGGESTIONS)))
				.map((response) -> Suggestions.from(response, text, groups, Math.min(max, MAX_SUGGESTIONS))));
	}

	private Mono<SearchResponse<ListingDocument>> execute(SearchRequest request) {
		return call(() -> this.client.search(request, ListingDocument.class));
	}

	private <T> Mono<T> call(Supplier<java.util.concurrent.CompletableFuture<T>> future) {
		return Mono.defer(() -> Mono.fromFuture(future::get))
			.onErrorMap((error) -> !(error instanceof InvalidCursorException), this::unavailable);
	}

	private Throwable unavailable(Throwable error) {
		Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
		if (cause instanceof ElasticsearchException es) {
			return new SearchUnavailableException("Search could not answer: " + es.error().type(), es);
		}
		if (cause instanceof TransportException || cause instanceof IOException
				|| cause.getCause() instanceof IOException) {
			return new SearchUnavailableException("Search is not reachable: " + cause.getMessage(), cause);
		}
		return cause;
	}

}
