package ladakh.crafts.marketplace.search.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.Facets;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchUnavailableException;
import ladakh.crafts.catalog.search.Suggestion;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the query API, for web-edge tests only: it answers what a test sets (to
 * check parameter parsing and the JSON and page shapes), or fails the way an unreachable
 * Elasticsearch does (to check the MongoDB fallback). What search finds is tested against
 * the real implementation and the local Elasticsearch node.
 */
class FakeCatalogSearch implements CatalogSearch {

	final AtomicReference<SearchPage> page = new AtomicReference<>();

	final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	final AtomicReference<List<Suggestion>> suggestions = new AtomicReference<>(List.of());

	final AtomicReference<SearchQuery> lastQuery = new AtomicReference<>();

	void answer(SearchPage answer) {
		this.failure.set(null);
		this.page.set(answer);
	}

	void beDown() {
		this.failure.set(new SearchUnavailableException("Connection refused (simulated)", null));
	}

	@Override
	public Mono<SearchPage> search(SearchQuery query) {
		this.lastQuery.set(query);
		RuntimeException fault = this.failure.get();
		if (fault != null) {
			return Mono.error(fault);
		}
		SearchPage answer = this.page.get();
		return Mono.just((answer != null) ? answer
				: new SearchPage(0, query.page(), query.size(), null, List.of(), Facets.none()));
	}

	@Override
	public Mono<SearchPage> newest(String sellerId, String status, int page, int size) {
		RuntimeException fault = this.failure.get();
		if (fault != null) {
			return Mono.error(fault);
		}
		SearchPage answer = this.page.get();
		return Mono.just((answer != null) ? answer : new SearchPage(0, page, size, null, List.of(), Facets.none()));
	}

	@Override
	public Mono<List<Suggestion>> suggest(String prefix, int max) {
		RuntimeException fault = this.failure.get();
		return (fault != null) ? Mono.error(fault) : Mono.just(this.suggestions.get());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		FakeCatalogSearch fakeCatalogSearch() {
			return new FakeCatalogSearch();
		}

	}

}
