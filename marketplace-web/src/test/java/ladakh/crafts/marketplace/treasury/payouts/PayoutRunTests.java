package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A payout run's moves, a line's UTR and the bank file, as pure logic. */
class PayoutRunTests {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private final PayoutRun prepared = new PayoutRun("PR-1", LocalDate.of(2026, 12, 6), Money.rupees(500),
			PayoutStatus.PREPARED, Money.rupees(1700), 2, "acc", NOW, "acc", NOW);

	@Test
	void aRunIsReviewedThenExportedThenPaidAndCancelledOnlyBeforeExport() {
		PayoutRun exported = this.prepared.review("a", NOW).export("b", NOW);
		assertThat(exported.status()).isEqualTo(PayoutStatus.EXPORTED);
		assertThat(exported.paid("c", NOW).status()).isEqualTo(PayoutStatus.PAID);
		assertThatThrownBy(() -> this.prepared.export("b", NOW)).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).kind())
			.isEqualTo(Refusal.Kind.CONFLICT);
		assertThatThrownBy(() -> exported.cancel("c", NOW)).isInstanceOf(Refusal.class);
		assertThat(this.prepared.review("a", NOW).cancel("c", NOW).status()).isEqualTo(PayoutStatus.CANCELLED);
		assertThatThrownBy(this.prepared::checkPayable).isInstanceOf(Refusal.class);
		assertThatThrownBy(this.prepared::checkExportable).isInstanceOf(Refusal.class);
	}

	@Test
	void theSameUtrAgainChangesNothingAndAnotherIsRefused() {
		PayoutLine paid = new PayoutLine("PR-1:s", "PR-1", "s", "S", Money.rupees(900), 2, 0, "SBIN126340000123", NOW);
		assertThat(paid.needs("SBIN126340000123")).isFalse();
		assertThatThrownBy(() -> paid.needs("HDFC126340000999")).isInstanceOf(Refusal.class)
			.hasMessageContaining("payouts.refused.otherUtr");
		assertThat(PayoutLine.utr(" sbin126340000123 ")).isEqualTo("SBIN126340000123");
		assertThatThrownBy(() -> PayoutLine.utr("12-34")).isInstanceOf(Refusal.class);
	}

	@Test
	void theBankFileHoldsBackSellersWithoutAnAccountAndWritesRupeesWithTwoDecimals() {
		PayoutLine one = new PayoutLine("PR-1:a", "PR-1", "a", "A", Money.paise(123_450), 2, 0, null, null);
		PayoutLine two = new PayoutLine("PR-1:b", "PR-1", "b", "B", Money.paise(56_550), 1, 0, null, null);
		BankFile file = BankFile.of(this.prepared, List.of(one, two),
				Map.of("a", PayeeBankAccount.typed("a", "Tsering Dolma", "0011 2233 4455", "sbin0001234")));
		assertThat(file.csv()).isEqualTo(
				BankFile.HEADER + "\r\n" + "Tsering Dolma,001122334455,SBIN0001234,1234.50,LADAKH CRAFTS PR-1\r\n");
		assertThat(file.held()).extracting((held) -> held.line().sellerId() + " " + held.reason())
			.containsExactly("b payouts.held.noBank");
		assertThat(file.total()).isEqualTo(Money.paise(123_450));
	}

	@Test
	void aBankAccountIsCheckedFieldByField() {
		assertThatThrownBy(() -> PayeeBankAccount.typed("s", "", "12", "XYZ")).isInstanceOf(Refusal.class)
			.extracting((ex) -> ((Refusal) ex).problems().stream().map(Refusal.FieldProblem::field).toList())
			.isEqualTo(List.of("beneficiary", "accountNumber", "ifsc"));
	}

	@Test
	void onlySellersReachingTheThresholdAreDue() {
		var a1 = line("l1", "a", 40_000);
		var a2 = line("l2", "a", 20_000);
		var b1 = line("l3", "b", 60_000);
		var b2 = line("l4", "b", -30_000);
		assertThat(PayoutRuns.due(List.of(a1, a2, b1, b2), Money.rupees(500))).containsExactly(a1, a2);
	}

	private static ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine line(String id, String seller, long owed) {
		return new ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine(id, (owed > 0) ? "SALE" : "REFUND", seller,
				"ARTISAN", "STALL", null, null, NOW, "2026-27", Math.abs(owed), 0, owed, owed, "INR", null);
	}

}
