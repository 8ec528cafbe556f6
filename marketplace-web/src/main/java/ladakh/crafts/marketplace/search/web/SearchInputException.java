package ladakh.crafts.marketplace.search.web;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A search request a person can fix: a refusal with a message from
 * {@code search.error.<problem>} (arguments filled in), which ErrorResponses answers as
 * ProblemDetail for the API and the search page shows above the results.
 */
class SearchInputException extends Refusal {

	SearchInputException(String problem, Object... arguments) {
		super(Kind.INVALID, "search.error." + problem, null, arguments);
	}

	static SearchInputException of(String problem, Object... arguments) {
		return new SearchInputException(problem, arguments);
	}

}
