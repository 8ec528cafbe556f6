package ladakh.crafts.marketplace.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.system.backfill.BackfillRepository;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: whether a seller ever had a listing published (which decides whether a new
 * listing skips the officers' review) is one indexed read, however many listings the
 * seller has; and a start-up backfill runs once per database.
 */
@MockServerTest
class FirstPublicationTests {

	@Autowired
	ListingRepository repository;

	@Autowired
	BackfillRepository backfills;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aSellerWithManyDraftsAndOnePublishedListingIsKnownPublishedFromOneDocument() {
		ListingFixtures fixtures = new ListingFixtures(this.mongo);
		String seller = "art-first-pub-" + UUID.randomUUID();
		String never = "art-never-pub-" + UUID.randomUUID();
		for (int i = 0; i < 150; i++) {
			fixtures.listing(seller, (i % 2 == 0) ? "DRAFT" : "PENDING_REVIEW");
			fixtures.listing(never, "DRAFT");
		}
		fixtures.listing(seller, "REMOVED");

		List<QueryScans.Scan> reads = new ArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(0, reads::add)) {
			assertThat(this.repository.hasBeenPublished(seller).block()).isTrue();
			assertThat(this.repository.hasBeenPublished(never).block()).isFalse();
		}
		assertThat(reads).as("no read past what it returned").noneMatch((scan) -> scan.shape().contains("publishedAt"));
	}

	@Test
	void aBackfillRunsOncePerDatabase() {
		String name = "test-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		assertThat(this.backfills.once(name, () -> Mono.fromSupplier(() -> (long) runs.incrementAndGet())).block())
			.isEqualTo(1L);
		assertThat(this.backfills.once(name, () -> Mono.fromSupplier(() -> (long) runs.incrementAndGet())).block())
			.isEqualTo(0L);
		assertThat(runs).hasValue(1);
	}

}
