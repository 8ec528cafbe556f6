package ladakh.crafts.loadtests.scale;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How big a {@link ScaleDataSet} is.
 *
 * @param sellers artisans, SHGs and training centres (at least 3)
 * @param listings their listings
 * @param buyers buyer accounts
 * @param orders orders of those buyers, each with one or two parts
 * @param auditEvents audit trail entries about the generated listings, orders and buyers
 */
public record ScaleSizes(int sellers, int listings, int buyers, int orders, int auditEvents) {

	/** Issue 13's data set. */
	public static final ScaleSizes FULL = new ScaleSizes(10_000, 100_000, 20_000, 100_000, 1_000_000);

	/** A small one, for the build's smoke test and a quick look. */
	public static final ScaleSizes SMOKE = new ScaleSizes(60, 600, 40, 300, 3_000);

	public ScaleSizes {
		if (sellers < 3 || listings < 1 || buyers < 1 || orders < 0 || auditEvents < 0) {
			throw new IllegalArgumentException("At least 3 sellers, 1 listing and 1 buyer; no negative sizes: "
					+ sellers + ", " + listings + ", " + buyers + ", " + orders + ", " + auditEvents);
		}
	}

	/**
	 * Reads {@code full}, {@code smoke}, or {@code full} with some sizes changed:
	 * {@code listings=20000,orders=5000} (names: sellers, listings, buyers, orders,
	 * auditEvents).
	 * @param text the sizes
	 * @return the sizes
	 */
	public static ScaleSizes parse(String text) {
		String trimmed = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (trimmed.isEmpty() || trimmed.equals("full")) {
			return FULL;
		}
		if (trimmed.equals("smoke")) {
			return SMOKE;
		}
		Map<String, Integer> sizes = new LinkedHashMap<>(FULL.asMap());
		for (String part : trimmed.split(",")) {
			String[] pair = part.split("=", 2);
			String key = sizes.keySet()
				.stream()
				.filter((name) -> name.equalsIgnoreCase(pair[0].strip()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"Unknown size '" + pair[0] + "' in '" + text + "': use " + FULL.asMap().keySet()));
			if (pair.length != 2) {
				throw new IllegalArgumentException("No number for '" + key + "' in '" + text + "'");
			}
			sizes.put(key, Integer.parseInt(pair[1].strip().replace("_", "")));
		}
		return new ScaleSizes(sizes.get("sellers"), sizes.get("listings"), sizes.get("buyers"), sizes.get("orders"),
				sizes.get("auditEvents"));
	}

	/** The sizes by name, in order. */
	public Map<String, Integer> asMap() {
		Map<String, Integer> map = new LinkedHashMap<>();
		map.put("sellers", this.sellers);
		map.put("listings", this.listings);
		map.put("buyers", this.buyers);
		map.put("orders", this.orders);
		map.put("auditEvents", this.auditEvents);
		return map;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%,d listings, %,d sellers, %,d buyers, %,d orders, %,d audit events",
				this.listings, this.sellers, this.buyers, this.orders, this.auditEvents);
	}

}
