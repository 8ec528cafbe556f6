package ladakh.crafts.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders a buyer can ask for, by their API names. */
public enum SearchSort {

	RELEVANCE("relevance"), PRICE_ASC("price_asc"), PRICE_DESC("price_desc"), NEWEST("newest");

	private final String param;

	SearchSort(String param) {
		this.param = param;
	}

	public String param() {
		return this.param;
	}

	/**
	 * The sort an API parameter names.
	 * @param param e.g. {@code price_asc}
	 * @return the sort, or empty when the name is unknown
	 */
	public static Optional<SearchSort> fromParam(String param) {
		return Arrays.stream(values()).filter((sort) -> sort.param.equals(param)).findFirst();
	}

}
