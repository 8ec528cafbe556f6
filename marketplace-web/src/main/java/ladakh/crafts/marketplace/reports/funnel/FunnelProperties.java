package ladakh.crafts.marketplace.reports.funnel;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The funnel's settings.
 *
 * @param earningMinorPerYear what an ex-trainee's seller must have taken in the last 12
 * months to count as earning, in paise
 * ({@code marketplace.reports.earning-minor-per-year}); ₹12,000 (1,200,000 paise) when
 * not set; at least 1 paisa
 */
@ConfigurationProperties("marketplace.reports")
record FunnelProperties(Long earningMinorPerYear) {

	static final long DEFAULT_EARNING_MINOR_PER_YEAR = 1_200_000L;

	FunnelProperties {
		earningMinorPerYear = (earningMinorPerYear != null) ? earningMinorPerYear : DEFAULT_EARNING_MINOR_PER_YEAR;
		if (earningMinorPerYear < 1) {
			throw new IllegalArgumentException("marketplace.reports.earning-minor-per-year must be at least 1 paisa");
		}
	}

	Money earningPerYear() {
		return Money.paise(this.earningMinorPerYear);
	}

}
