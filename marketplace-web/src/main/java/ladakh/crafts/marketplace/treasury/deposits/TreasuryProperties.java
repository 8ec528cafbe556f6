package ladakh.crafts.marketplace.treasury.deposits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the accounts home calls something late.
 *
 * @param outstandingDays receipts still not deposited this many days after their month
 * ended are an exception (default 30)
 * @param unallocatedDays a deposit whose allocations do not add up to its amount this
 * many days after its challan date is an exception (default 7)
 */
@ConfigurationProperties("marketplace.treasury")
public record TreasuryProperties(@DefaultValue("30") int outstandingDays, @DefaultValue("7") int unallocatedDays) {

	public TreasuryProperties {
		if (outstandingDays < 0 || unallocatedDays < 0) {
			throw new IllegalArgumentException("marketplace.treasury day counts must not be negative");
		}
	}

}
