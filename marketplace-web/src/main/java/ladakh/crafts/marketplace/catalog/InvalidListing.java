package ladakh.crafts.marketplace.catalog;

import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The seller's input has problems; nothing was saved. A {@link Refusal} (INVALID, at the
 * first field in error) that also carries every field's message keys, so a form can show
 * each beside its field.
 */
public class InvalidListing extends Refusal {

	private final Map<String, List<String>> errors;

	public InvalidListing(Map<String, List<String>> errors) {
		super(Kind.INVALID, first(errors).getValue().get(0), first(errors).getKey());
		this.errors = Map.copyOf(errors);
	}

	/** One problem beside one field. */
	static InvalidListing at(String field, String messageKey) {
		return new InvalidListing(Map.of(field, List.of(messageKey)));
	}

	/** Message codes by field name. */
	public Map<String, List<String>> errors() {
		return this.errors;
	}

	private static Map.Entry<String, List<String>> first(Map<String, List<String>> errors) {
		return errors.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("An invalid listing names at least one problem"));
	}

}
