package ladakh.crafts.marketplace.catalog.web;

import java.util.Map;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.ListingRefused;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The catalog's refusals as the house's one {@link Refusal}, which ErrorResponses alone
 * turns into a status and words: a listing's input problems beside their fields, a
 * refused move with its kind.
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

	static Refusal of(ListingRefused ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> Refusal.notFound(ex.code());
			// The only invalid move of the API is a photo that is missing or too large.
			case INVALID -> Refusal.invalid(ex.code()).at("photo");
			case CONFLICT, STALE -> Refusal.conflict(ex.code());
			case BUSY -> Refusal.unavailable(ex.code());
		};
	}

}
