package ladakh.crafts.marketplace.treasury;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The revenue ledger's settings (docs/decisions/0068).
 *
 * @param commissionBps the commission per seller kind, in basis points (500 = 5 %), e.g.
 * {@code marketplace.treasury.commission-bps.ARTISAN=500}; a kind not named pays 0. The
 * rate is frozen on each line when it is written, so a change applies to later lines
 * only.
 */
@ConfigurationProperties("marketplace.treasury")
record LedgerProperties(Map<String, Integer> commissionBps) {

	LedgerProperties {
		Map<String, Integer> rates = new TreeMap<>();
		if (commissionBps != null) {
			commissionBps.forEach((kind, bps) -> {
				if (bps == null || bps < 0 || bps > 10_000) {
					throw new IllegalArgumentException(
							"marketplace.treasury.commission-bps." + kind + " must be 0 to 10000 basis points");
				}
				rates.put(normal(kind), bps);
			});
		}
		commissionBps = Map.copyOf(rates);
	}

	/** The rate frozen on a line of a seller of this kind (0 when not configured). */
	int commissionBpsOf(String sellerKind) {
		return (sellerKind != null) ? this.commissionBps.getOrDefault(normal(sellerKind), 0) : 0;
	}

	private static String normal(String kind) {
		return kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
	}

}
