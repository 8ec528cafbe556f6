package ladakh.crafts.marketplace.sellers.shg;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: an SHG's fund ledger and a centre's batches are read from their own indexes,
 * not by reading every SHG's entries or every centre's batches.
 */
@MockServerTest
class IndexedFundAndBatchReadsTests {

	@Autowired
	RevolvingFund fund;

	@Autowired
	TrainingCentres centres;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void oneShgsLedgerIsReadWithoutTheOthers() {
		String busy = "shg-busy-" + UUID.randomUUID();
		String quiet = "shg-quiet-" + UUID.randomUUID();
		List<Document> entries = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			entries.add(entry(busy, i));
		}
		entries.add(entry(quiet, 0));
		this.mongo.insertAll(reactor.core.publisher.Mono.just(entries), "shg_fund_entries").blockLast();

		List<QueryScans.Scan> reads = new ArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(0, reads::add)) {
			assertThat(this.fund.ledger(quiet).block()).hasSize(1);
		}
		assertThat(reads).noneMatch((scan) -> scan.namespace().endsWith(".shg_fund_entries"));
	}

	@Test
	void oneCentresBatchesAreReadWithoutTheOthers() {
		String busy = "tc-busy-" + UUID.randomUUID();
		String quiet = "tc-quiet-" + UUID.randomUUID();
		List<Document> batches = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			batches.add(batch(busy, i));
		}
		batches.add(batch(quiet, 0));
		this.mongo.insertAll(reactor.core.publisher.Mono.just(batches), "centre_batches").blockLast();

		List<QueryScans.Scan> reads = new ArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(0, reads::add)) {
			this.centres.batches(quiet).block();
		}
		assertThat(reads).noneMatch((scan) -> scan.namespace().endsWith(".centre_batches"));
	}

	private static Document entry(String shgId, int i) {
		return new Document("_id", "fund-" + UUID.randomUUID()).append("shgId", shgId)
			.append("kind", "GRANT")
			.append("amountMinor", 1_000L)
			.append("note", "Grant " + i)
			.append("at", new Date(1_700_000_000_000L + i))
			.append("by", "usr-test-officer");
	}

	private static Document batch(String centreId, int i) {
		return new Document("_id", "batch-" + UUID.randomUUID()).append("centreId", centreId)
			.append("craft", "wood-carving")
			.append("startsOn", "2026-%02d-01".formatted(1 + i % 12))
			.append("endsOn", "2027-03-31")
			.append("capacity", 2)
			.append("seatsLeft", 2)
			.append("trainees", List.of());
	}

}
