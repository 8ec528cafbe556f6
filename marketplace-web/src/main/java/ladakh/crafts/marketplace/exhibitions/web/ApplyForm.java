package ladakh.crafts.marketplace.exhibitions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.exhibitions.ReservedCategory;
import ladakh.crafts.marketplace.exhibitions.ReservedClaim;
import ladakh.crafts.marketplace.exhibitions.StallApplication;
import ladakh.crafts.marketplace.exhibitions.StallApplications;
import ladakh.crafts.marketplace.exhibitions.StallKind;

/**
 * A seller's stall application as posted: ticked crafts and listings, the stall kind and
 * one of the usual stall sizes. No seller id: the application is always the signed-in
 * seller's own.
 */
record ApplyForm(List<String> crafts, List<String> listingIds, String kind, String size, List<String> claims) {

	/** The categories a seller may claim, in the order the form shows them. */
	static final List<String> CLAIMABLE = java.util.Arrays.stream(ReservedCategory.values())
		.filter(ReservedClaim.CLAIMABLE::contains)
		.map(ReservedCategory::name)
		.toList();

	/** The stall sizes the department's grounds use, width x depth in metres. */
	static final Map<String, int[]> SIZES = sizes();

	ApplyForm {
		crafts = clean(crafts);
		listingIds = clean(listingIds);
		kind = (kind != null) ? kind.strip() : "";
		size = (size != null) ? size.strip() : "";
		claims = clean(claims);
	}

	static ApplyForm empty() {
		return new ApplyForm(List.of(), List.of(), "handicraft", "3x3", List.of());
	}

	/** Field → message key of what cannot be read; empty when all can. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (stallKind() == null) {
			problems.put("kind", "exhibitions.apply.kind");
		}
		if (!SIZES.containsKey(this.size)) {
			problems.put("size", "exhibitions.apply.size");
		}
		if (!CLAIMABLE.containsAll(this.claims)) {
			problems.put("claims", "exhibitions.claim.unknown");
		}
		if (this.listingIds.size() > StallApplication.MAX_LISTINGS) {
			problems.put("listingIds", "exhibitions.apply.tooManyListings");
		}
		return problems;
	}

	/** The choice, once {@link #problems()} is empty. */
	StallApplications.Choice choice() {
		int[] size = SIZES.get(this.size);
		return new StallApplications.Choice(this.crafts, this.listingIds, stallKind(), size[0], size[1],
				this.claims.stream().map(ReservedCategory::valueOf).collect(java.util.stream.Collectors.toSet()));
	}

	private StallKind stallKind() {
		for (StallKind known : StallKind.values()) {
			if (known.name().toLowerCase(Locale.ROOT).equals(this.kind)) {
				return known;
			}
		}
		return null;
	}

	private static Map<String, int[]> sizes() {
		Map<String, int[]> sizes = new LinkedHashMap<>();
		sizes.put("2x2", new int[] { 20, 20 });
		sizes.put("3x2", new int[] { 30, 20 });
		sizes.put("3x3", new int[] { 30, 30 });
		sizes.put("4x3", new int[] { 40, 30 });
		sizes.put("6x3", new int[] { 60, 30 });
		return sizes;
	}

	private static List<String> clean(List<String> ticked) {
		return (ticked != null)
				? ticked.stream().map(String::strip).filter((item) -> !item.isEmpty()).distinct().toList() : List.of();
	}

}
