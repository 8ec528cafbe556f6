package ladakh.crafts.marketplace.search.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A search request a person can fix: 400 with a message from
 * {@code search.error.<problem>} (arguments filled in), which the API answers as
 * ProblemDetail and the page shows above the results.
 */
class SearchInputException extends ResponseStatusException {

	private final String problem;

	private final transient Object[] arguments;

	SearchInputException(String problem, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, problem);
		this.problem = problem;
		this.arguments = arguments;
		setDetail("search.error." + problem);
	}

	static SearchInputException of(String problem, Object... arguments) {
		return new SearchInputException(problem, arguments);
	}

	String messageKey() {
		return "search.error." + this.problem;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
