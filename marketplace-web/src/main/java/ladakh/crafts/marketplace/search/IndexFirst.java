package ladakh.crafts.marketplace.search;

import java.util.function.Function;
import java.util.function.Supplier;

import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.SearchUnavailableException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The storefront's rule for its lists (decision 44): ask the catalog index, and MongoDB
 * only while the index cannot answer ({@link SearchUnavailableException}, or no search
 * configured at all), as {@link Storefront#search} does for the search page.
 */
@Component
class IndexFirst {

	private static final Log logger = LogFactory.getLog(IndexFirst.class);

	private final ObjectProvider<CatalogSearch> search;

	IndexFirst(ObjectProvider<CatalogSearch> search) {
		this.search = search;
	}

	/**
	 * @param what what is read, for the log line of a fallback
	 * @param fromIndex the read from the index
	 * @param fromCatalog the same read from MongoDB
	 */
	<T> Mono<T> read(String what, Function<CatalogSearch, Mono<T>> fromIndex, Supplier<Mono<T>> fromCatalog) {
		CatalogSearch index = this.search.getIfAvailable();
		if (index == null) {
			return Mono.defer(fromCatalog);
		}
		return Mono.defer(() -> fromIndex.apply(index)).onErrorResume(SearchUnavailableException.class, (ex) -> {
			logger.warn("Search is unavailable, reading " + what + " from MongoDB instead: " + ex.getMessage());
			return Mono.defer(fromCatalog);
		});
	}

}
