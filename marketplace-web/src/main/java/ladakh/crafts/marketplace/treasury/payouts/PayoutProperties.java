package ladakh.crafts.marketplace.treasury.payouts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code marketplace.payouts.*}.
 *
 * @param thresholdRupees the least balance a seller needs to be in a payout run
 */
@ConfigurationProperties("marketplace.payouts")
public record PayoutProperties(@DefaultValue("500") long thresholdRupees) {

	public PayoutProperties {
		if (thresholdRupees < 1) {
			throw new IllegalArgumentException("marketplace.payouts.threshold-rupees must be at least 1");
		}
	}

}
