package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16: a ledger line's signs, payee, frozen commission and reversal. */
class LedgerEntryTests {

	private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

	private static LedgerEntry line(String kind, String sellerKind, long paise, int bps) {
		return LedgerEntry.of(kind.toLowerCase() + ":1", kind, new SellerFacts("s1", sellerKind, "PASHMINA", "LEH"),
				Money.paise(paise), bps, LedgerEntry.ONLINE, "CARD", AT, "o1", "p1", null, "ref");
	}

	@Test
	void aSellersSaleIsOwedLessItsCommissionFrozenOnTheLine() {
		LedgerEntry sale = line(LedgerEntry.SALE, "ARTISAN", 10_000, 500);
		assertThat(sale.payee()).isEqualTo(LedgerEntry.SELLER);
		assertThat(sale.commissionBps()).isEqualTo(500);
		assertThat(sale.commission()).isEqualTo(Money.paise(500));
		assertThat(sale.signedMinor()).isEqualTo(10_000);
		assertThat(sale.signedOwedMinor()).isEqualTo(9_500);
		assertThat(sale.signedCommissionMinor()).isEqualTo(500);
		assertThat(sale.fy()).isEqualTo("2026-27");
		assertThat(sale.month()).isEqualTo("2026-12");
	}

	@Test
	void aRefundTakesItBack() {
		LedgerEntry refund = line(LedgerEntry.REFUND, "SHG", 3_333, 250);
		assertThat(refund.commission()).isEqualTo(Money.paise(83));
		assertThat(refund.signedMinor()).isEqualTo(-3_333);
		assertThat(refund.signedOwedMinor()).isEqualTo(-3_250);
		assertThat(refund.signedCommissionMinor()).isEqualTo(-83);
	}

	@Test
	void aTrainingCentresSaleIsTheTreasurysAndOwesTheSellerNothing() {
		LedgerEntry sale = line(LedgerEntry.SALE, "TRAINING_CENTRE", 25_000, 0);
		assertThat(sale.payee()).isEqualTo(LedgerEntry.TREASURY);
		assertThat(sale.signedMinor()).isEqualTo(25_000);
		assertThat(sale.signedOwedMinor()).isZero();
	}

	@Test
	void aReversalUndoesItsLineOnceAndIsNeverReversedItself() {
		LedgerEntry sale = line(LedgerEntry.SALE, "CO_OPERATIVE", 10_000, 200);
		LedgerEntry reversal = sale.reversal(AT.plusSeconds(60), "entered twice", "accounts-1");
		assertThat(reversal.id()).isEqualTo("reversal:sale:1");
		assertThat(reversal.reverses()).isEqualTo("sale:1");
		assertThat(reversal.reversedKind()).isEqualTo(LedgerEntry.SALE);
		assertThat(reversal.signedMinor()).isEqualTo(-sale.signedMinor());
		assertThat(reversal.signedOwedMinor()).isEqualTo(-sale.signedOwedMinor());
		assertThat(reversal.signedCommissionMinor()).isEqualTo(-sale.signedCommissionMinor());
		LedgerEntry refundReversed = line(LedgerEntry.REFUND, "ARTISAN", 1_000, 0).reversal(AT, "wrong", "a");
		assertThat(refundReversed.signedMinor()).isEqualTo(1_000);
		assertThatThrownBy(() -> reversal.reversal(AT, "again", "accounts-1")).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).kind())
			.isEqualTo(Refusal.Kind.CONFLICT);
	}

	@Test
	void aLineRefusesWhatCannotBe() {
		assertThatIllegalArgumentException().isThrownBy(() -> line("EDIT", "ARTISAN", 100, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> line(LedgerEntry.SALE, "ARTISAN", 100, 10_001));
		assertThatIllegalArgumentException().isThrownBy(() -> line(LedgerEntry.SALE, "ARTISAN", 0, 0));
	}

	@Test
	void theRatesComeFromTheConfigurationPerSellerKindZeroWhenNotNamed() {
		LedgerProperties properties = new LedgerProperties(
				Map.of("ARTISAN", 500, "co-operative", 150, "training_centre", 0));
		assertThat(properties.commissionBpsOf("ARTISAN")).isEqualTo(500);
		assertThat(properties.commissionBpsOf("CO_OPERATIVE")).isEqualTo(150);
		assertThat(properties.commissionBpsOf("SHG")).isZero();
		assertThat(properties.commissionBpsOf(null)).isZero();
		assertThat(new LedgerProperties(null).commissionBpsOf("ARTISAN")).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new LedgerProperties(Map.of("SHG", -1)));
	}

}
