package ladakh.crafts.marketplace.treasury;

import java.util.HashMap;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, done when: over a generated year of activity (at least 100,000 ledger lines
 * written through the ledger's bulk insert), the identities hold exactly, per seller, per
 * centre and per financial year, from the database's sums against the generator's own
 * running totals: ledger total = paid − refunded + stall sales + complex sales − reversed
 * sales + reversed refunds; owed = total − commission for the sellers' lines, 0 for the
 * treasury's; and the 23:59 IST 31 March and 00:01 IST 1 April sales fall in different
 * years. The year is one far in the future, unique to the run, so the lines other tests
 * write to the shared database cannot touch its sums.
 */
@MockServerTest
class GeneratedLedgerYearTests {

	@Autowired
	RevenueLedger ledger;

	@Test
	void overAGeneratedYearTheLedgerAddsUpExactlyPerSellerPerCentreAndPerYear() {
		GeneratedLedgerYear generated = GeneratedLedgerYear.written(this.ledger);
		String run = generated.prefix;
		FinancialYear year = generated.year;
		String fy = year.label();
		String nextFy = year.next().label();
		long started = System.nanoTime();
		assertThat(generated.written).isGreaterThanOrEqualTo(100_000);

		// Per seller, per financial year.
		for (GeneratedLedgerYear.Seller seller : generated.sellers) {
			for (String eachFy : new String[] { fy, nextFy }) {
				GeneratedLedgerYear.Tally expected = generated.bySeller.getOrDefault(seller.id(), Map.of())
					.getOrDefault(eachFy, new GeneratedLedgerYear.Tally());
				LedgerSums sums = this.ledger.sellerTotal(seller.id(), eachFy).block();
				assertIdentities(seller.id() + " " + eachFy, sums, expected, seller.centre());
			}
		}
		// Per centre, per month and per financial year (the treasury's lines).
		for (GeneratedLedgerYear.Seller centre : generated.sellers) {
			if (!centre.centre()) {
				continue;
			}
			for (String month : year.months()) {
				GeneratedLedgerYear.Tally expected = generated.byCentreMonth.getOrDefault(centre.id(), Map.of())
					.getOrDefault(month, new GeneratedLedgerYear.Tally());
				assertIdentities(centre.id() + " " + month, this.ledger.centreMonthTotal(centre.id(), month).block(),
						expected, true);
			}
			assertIdentities(centre.id() + " " + fy, this.ledger.centreTotal(centre.id(), fy).block(),
					generated.centreYear(centre.id(), fy), true);
		}
		// Per financial year: the summary by seller kind × channel × payee, and in all.
		FySummary summary = this.ledger.summaryOf(fy).block();
		Map<String, GeneratedLedgerYear.Tally> expectedRows = generated.byYearKindChannel.get(fy);
		assertThat(summary.rows()).hasSize(expectedRows.size());
		for (FySummary.Row row : summary.rows()) {
			String key = row.sellerKind() + "/" + row.channel() + "/" + row.payee();
			assertThat(expectedRows).as(key).containsKey(key);
			assertIdentities(key, row.sums(), expectedRows.get(key), "TREASURY".equals(row.payee()));
		}
		GeneratedLedgerYear.Tally all = generated.yearTotal(fy);
		assertThat(summary.total().total()).isEqualTo(Money.paise(all.total()));
		assertThat(summary.total().commission()).isEqualTo(Money.paise(all.commission));
		assertThat(summary.total().lines()).isEqualTo(all.lines);
		// ... and per seller, a page at a time.
		Map<String, LedgerSums> perSeller = new HashMap<>();
		String after = null;
		while (true) {
			var page = this.ledger.sellerTotals(fy, after).collectList().block();
			if (page.isEmpty()) {
				break;
			}
			page.forEach((row) -> assertThat(perSeller.put(row.sellerId(), row.sums())).isNull());
			after = page.get(page.size() - 1).sellerId();
		}
		assertThat(perSeller).hasSize(generated.bySeller.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().containsKey(fy))
			.toList()
			.size());
		perSeller.forEach((sellerId, sums) -> assertIdentities(sellerId, sums, generated.bySeller.get(sellerId).get(fy),
				sellerId.startsWith(run + "-training_centre-")));

		// 23:59 IST on 31 March in the year, 00:01 IST on 1 April in the next.
		String boundary = generated.boundarySeller.id();
		assertThat(this.ledger.line("stall:" + run + "-last-minute").block().fy()).isEqualTo(fy);
		assertThat(this.ledger.line("stall:" + run + "-first-minute").block().fy()).isEqualTo(nextFy);
		LedgerSums next = this.ledger.sellerTotal(boundary, nextFy).block();
		assertThat(next.total()).isEqualTo(Money.paise(654_321));
		assertThat(next.lines()).isEqualTo(1);
		assertThat(this.ledger.summaryOf(nextFy).block().total().total()).isEqualTo(Money.paise(654_321));
		System.out.printf("Generated year %s: %,d lines checked in %d ms%n", fy, generated.written,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static void assertIdentities(String what, LedgerSums sums, GeneratedLedgerYear.Tally expected,
			boolean treasury) {
		assertThat(sums.total()).as(what + " total = paid − refunded + stall + complex ∓ reversals")
			.isEqualTo(Money.paise(expected.total()));
		assertThat(sums.commission()).as(what + " commission").isEqualTo(Money.paise(expected.commission));
		assertThat(sums.owed()).as(what + " owed")
			.isEqualTo(Money.paise(treasury ? 0 : expected.total() - expected.commission));
		assertThat(sums.lines()).as(what + " lines").isEqualTo(expected.lines);
	}

}
