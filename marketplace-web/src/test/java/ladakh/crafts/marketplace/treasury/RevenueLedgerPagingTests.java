package ladakh.crafts.marketplace.treasury;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a seller's revenue ledger is read a page at a time from its index, and the
 * net is summed by the database, not by reading every entry.
 */
@MockServerTest
class RevenueLedgerPagingTests {

	@Autowired
	RevenueLedger ledger;

	@Test
	void aSellersEntriesComeFiftyAPageEachOnceAndTheNetIsTheirSum() {
		String seller = "art-ledger-" + UUID.randomUUID();
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			made.add(this.ledger
				.recordSale("ord-ledger-" + i, "ord-ledger-" + i + "-1", seller, Money.paise(1_000L + i), "UTR" + i,
						"CARD")
				.block()
				.id());
		}
		this.ledger
			.recordRefund("refund-ledger-" + seller, "ord-ledger-0", "ord-ledger-0-1", seller, Money.paise(500L),
					"re_1")
			.block();

		List<QueryScans.Scan> reads = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		Money net;
		try (QueryScans.Subscription subscription = QueryScans.subscribe(5, reads::add)) {
			Page<LedgerEntry> first = this.ledger.entriesOf(seller, null).block();
			assertThat(first.items()).hasSize(50);
			assertThat(first.next()).isNotNull();
			Page<LedgerEntry> second = this.ledger.entriesOf(seller, first.next()).block();
			assertThat(second.next()).isNull();
			first.items().forEach((entry) -> seen.add(entry.id()));
			second.items().forEach((entry) -> seen.add(entry.id()));
			net = this.ledger.netOf(seller).block();
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(54).containsAll(made);
		long sales = 53 * 1_000L + (52 * 53) / 2;
		assertThat(net).isEqualTo(Money.paise(sales - 500L));
		assertThat(reads).as("at most the next entry read past a page")
			.noneMatch((scan) -> scan.namespace().endsWith(".revenue_ledger"));
	}

}
