package ladakh.crafts.catalog.search;

/**
 * Elasticsearch could not answer (down, unreachable, or the index is missing). The
 * storefront falls back to browsing MongoDB and says search is limited.
 */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
