package ladakh.crafts.marketplace.catalog;

import java.util.List;
import java.util.Map;

/** The seller's input has problems; nothing was saved. */
public class InvalidListing extends RuntimeException {

	private final Map<String, List<String>> errors;

	public InvalidListing(Map<String, List<String>> errors) {
		super("Invalid listing: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	/** Message codes by field name. */
	public Map<String, List<String>> errors() {
		return this.errors;
	}

}
