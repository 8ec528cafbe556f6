package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's sales from the database's sums per kind: first and last from the SALE lines
 * alone, the window's net from every line as it is signed.
 */
class SalesMilestonesTests {

	private static final Instant MAY = Instant.parse("2026-05-01T10:00:00Z");

	private static final Instant JUNE = Instant.parse("2026-06-01T10:00:00Z");

	private static final Instant JULY = Instant.parse("2026-07-01T10:00:00Z");

	@Test
	void firstAndLastSaleAreTheSaleLinesAndTheNetCountsRefundsAndReversals() {
		SalesMilestones.SellerSales sales = SalesMilestones.SellerSales.of("a-1", List.of(
				new LedgerMilestoneRepository.KindTotals("a-1", LedgerEntry.SALE, JUNE, JULY, Money.paise(900_000)),
				new LedgerMilestoneRepository.KindTotals("a-1", LedgerEntry.REFUND, MAY, MAY, Money.paise(-100_000)),
				new LedgerMilestoneRepository.KindTotals("a-1", LedgerEntry.REVERSAL, JULY, JULY,
						Money.paise(-50_000))));

		assertThat(sales.firstSale()).isEqualTo(JUNE);
		assertThat(sales.lastSale()).isEqualTo(JULY);
		assertThat(sales.inWindow()).isEqualTo(Money.paise(750_000));
	}

	@Test
	void aSellerWithOnlyRefundsNeverSold() {
		SalesMilestones.SellerSales sales = SalesMilestones.SellerSales.of("a-2", List
			.of(new LedgerMilestoneRepository.KindTotals("a-2", LedgerEntry.REFUND, MAY, MAY, Money.paise(-1))));

		assertThat(sales.firstSale()).isNull();
		assertThat(sales.lastSale()).isNull();
		assertThat(sales.inWindow()).isEqualTo(Money.paise(-1));
	}

}
