package ladakh.crafts.catalog.sync;

/** Elasticsearch could not be reached or refused a whole request: the sync backs off. */
class ElasticsearchUnavailableException extends RuntimeException {

	ElasticsearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
