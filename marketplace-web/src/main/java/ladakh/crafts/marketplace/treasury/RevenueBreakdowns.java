package ladakh.crafts.marketplace.treasury;

import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * A financial year's revenue in cells small enough for any breakdown the reports need
 * (docs/decisions/0074): one indexed {@code $group} over the year's lines in the
 * database; no line reaches the application.
 */
@Service
public class RevenueBreakdowns {

	private final LedgerRepository entries;

	RevenueBreakdowns(LedgerRepository entries) {
		this.entries = entries;
	}

	/** The year's cells, in no particular order. */
	public Flux<RevenueCell> cellsOf(FinancialYear year) {
		return this.entries.breakdown(year.label());
	}

}
