package ladakh.crafts.marketplace.catalog.web;

import java.util.Map;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The catalog's refusals as the house's one {@link Refusal}, which ErrorResponses alone
 * turns into a status and words: a listing's input problems, each beside its field (the
 * aggregate's other refusals are Refusals already).
 */
final class ListingRefusals {

	private ListingRefusals() {
	}

	static Refusal of(InvalidListing ex) {
		var problems = ex.errors()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap((entry) -> entry.getValue().stream().map((code) -> new Refusal.FieldProblem(entry.getKey(), code)))
			.toList();
		return Refusal.invalid("listing.error.fields", problems,
				String.join(", ", ex.errors().keySet().stream().sorted().toList()));
	}

}
