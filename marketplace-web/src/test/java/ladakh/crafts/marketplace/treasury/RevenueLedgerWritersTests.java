package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16: every line carries its seller's kind, craft and district (read from the
 * seller's record), its channel, payment mode, year and month in India time, payee and
 * frozen commission; a training centre's sales are the treasury's; corrections are
 * reversing lines, once each, never of a reversal.
 */
@MockServerTest
class RevenueLedgerWritersTests {

	@Autowired
	RevenueLedger ledger;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String seller(String kind) {
		String id = "led-" + kind.toLowerCase() + "-" + UUID.randomUUID();
		this.mongo
			.insert(new Document("_id", id).append("type", kind)
				.append("name", "Ledger test " + kind)
				.append("district", "KARGIL")
				.append("crafts", List.of("PASHMINA", "NAMDA"))
				.append("status", "SUSPENDED"), "sellers")
			.block();
		return id;
	}

	@Test
	void anOnlineSaleRecordsItsSellerChannelModeYearAndWhatTheSellerIsOwed() {
		String artisan = seller("ARTISAN");
		String part = "p-" + UUID.randomUUID();
		LedgerEntry sale = this.ledger.recordSale("o-" + part, part, artisan, Money.paise(10_000), "UTR-1", "COUNTER")
			.block();
		assertThat(sale.id()).isEqualTo("sale:" + part);
		assertThat(sale.sellerKind()).isEqualTo("ARTISAN");
		assertThat(sale.craft()).isEqualTo("PASHMINA");
		assertThat(sale.district()).isEqualTo("KARGIL");
		assertThat(sale.channel()).isEqualTo(LedgerEntry.ONLINE);
		assertThat(sale.paymentMode()).isEqualTo("COUNTER");
		assertThat(sale.payee()).isEqualTo(LedgerEntry.SELLER);
		assertThat(sale.commissionBps()).isZero();
		assertThat(sale.signedOwedMinor()).isEqualTo(10_000);
		LedgerEntry stored = this.ledger.line(sale.id()).block();
		assertThat(stored).isEqualTo(sale);
		assertThat(stored.fy()).isEqualTo(FinancialYear.of(stored.at()).label());

		// The refund takes the sale's mode and rate; recorded twice, stored once.
		LedgerEntry refund = this.ledger
			.recordRefund("rk-" + part, "o-" + part, part, artisan, Money.paise(4_000), "re")
			.block();
		this.ledger.recordRefund("rk-" + part, "o-" + part, part, artisan, Money.paise(4_000), "re").block();
		assertThat(refund.paymentMode()).isEqualTo("COUNTER");
		assertThat(refund.sellerKind()).isEqualTo("ARTISAN");
		String fy = sale.fy();
		LedgerSums sums = this.ledger.sellerTotal(artisan, fy).block();
		assertThat(sums.total()).isEqualTo(Money.paise(6_000));
		assertThat(sums.owed()).isEqualTo(Money.paise(6_000));
		assertThat(sums.lines()).isEqualTo(2);
		assertThat(this.ledger.netOf(artisan).block()).isEqualTo(Money.paise(6_000));
	}

	@Test
	void aTrainingCentresStallAndComplexSalesAreTheTreasurysOwingNothing() {
		String centre = seller("TRAINING_CENTRE");
		String sale = UUID.randomUUID().toString();
		Instant at = Instant.parse("2026-06-10T06:00:00Z");
		LedgerEntry stall = this.ledger.recordStallSale(sale, centre, "exh-1", Money.paise(50_000), "UPI", "UPI-9", at)
			.block();
		LedgerEntry complex = this.ledger
			.recordComplexSale(sale, centre, Money.paise(20_000), "CASH", null, at.plusSeconds(3_600))
			.block();
		assertThat(stall.id()).isEqualTo("stall:" + sale);
		assertThat(complex.id()).isEqualTo("complex:" + sale);
		assertThat(complex.channel()).isEqualTo(LedgerEntry.COMPLEX);
		assertThat(stall.payee()).isEqualTo(LedgerEntry.TREASURY);
		assertThat(complex.payee()).isEqualTo(LedgerEntry.TREASURY);
		assertThat(stall.signedOwedMinor()).isZero();
		assertThat(stall.fy()).isEqualTo("2026-27");
		assertThat(stall.month()).isEqualTo("2026-06");
		LedgerSums june = this.ledger.centreMonthTotal(centre, "2026-06").block();
		assertThat(june.total()).isEqualTo(Money.paise(70_000));
		assertThat(june.owed()).isEqualTo(Money.ZERO);
		assertThat(this.ledger.centreTotal(centre, "2026-27").block().total()).isEqualTo(Money.paise(70_000));
		assertThat(this.ledger.centreMonthTotal(centre, "2026-07").block().lines()).isZero();
	}

	@Test
	void aLineIsReversedOnceAndAReversalIsNeverReversed() {
		String shg = seller("SHG");
		String part = "p-" + UUID.randomUUID();
		LedgerEntry sale = this.ledger.recordSale("o-" + part, part, shg, Money.paise(9_999), "UTR", "CARD").block();
		LedgerEntry reversal = this.ledger.reverse(sale.id(), "entered by mistake", "accounts-1").block();
		LedgerEntry again = this.ledger.reverse(sale.id(), "again", "accounts-2").block();
		assertThat(reversal.id()).isEqualTo("reversal:" + sale.id());
		assertThat(reversal.kind()).isEqualTo(LedgerEntry.REVERSAL);
		assertThat(reversal.reverses()).isEqualTo(sale.id());
		assertThat(reversal.reversedKind()).isEqualTo(LedgerEntry.SALE);
		assertThat(again.by()).isEqualTo("accounts-1");
		assertThat(this.ledger.netOf(shg).block()).isEqualTo(Money.ZERO);
		assertThat(this.ledger.sellerTotal(shg, reversal.fy()).block().lines()).isEqualTo(2);
		assertThatThrownBy(() -> this.ledger.reverse(reversal.id(), "undo", "accounts-1").block())
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.CONFLICT));
		assertThatThrownBy(() -> this.ledger.reverse("sale:nothing-" + part, "x", "accounts-1").block())
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
	}

}
