package ladakh.crafts.catalog.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The sync protocol under faults, against the local Elasticsearch node and the in-process
 * MongoDB server: nothing lost, nothing stale, nothing resurrected.
 */
@SyncTest
class SyncProtocolTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MongoClient mongo;

	@Autowired
	ElasticsearchClient elasticsearch;

	SyncWorld world;

	@BeforeEach
	void world(TestInfo test) {
		this.world = new SyncWorld(test.getTestMethod().orElseThrow().getName().substring(0, 12), this.mongo,
				this.elasticsearch);
	}

	@AfterEach
	void cleanUp() {
		this.world.close();
	}

	@Test
	void searchVisibleChangeKeepsTheFirstUnsyncedChangeTimeWithMin() {
		String id = this.world.newListing("Green Tara");
		Mono.from(this.world.database.getCollection("listings")
			.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("dirty", false), Updates.unset("dirtySince"))))
			.block();
		Instant first = Instant.parse("2026-11-01T10:00:00Z");
		update(id, first);
		update(id, first.plusSeconds(60));
		Document listing = this.world.listing(id);
		assertThat(listing.get("dirtySince", Date.class).toInstant()).isEqualTo(first);
		assertThat(listing.getLong("rev")).isEqualTo(3L);
		assertThat(listing.getBoolean("dirty")).isTrue();
		update(id, first.minusSeconds(60));
		assertThat(this.world.listing(id).get("dirtySince", Date.class).toInstant()).isEqualTo(first.minusSeconds(60));
	}

	private void update(String id, Instant at) {
		Mono.from(this.world.database.getCollection("listings")
			.updateOne(Filters.eq("_id", id), SearchVisibleChange.update(at, Updates.set("note", at.toString()))))
			.block();
	}

	@Test
	void aBacklogOfManyBatchesDrainedWithOverlappingBulksUnderEditsEndsEqualToMongo() throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			ids.add(this.world.newListing("Namda rug " + i));
		}
		CatalogSync sync = this.world.sync("backlog");
		AtomicBoolean editing = new AtomicBoolean(true);
		java.util.concurrent.atomic.AtomicInteger edits = new java.util.concurrent.atomic.AtomicInteger();
		Thread editor = new Thread(() -> {
			java.util.Random random = new java.util.Random(7);
			while (editing.get()) {
				String id = ids.get(random.nextInt(ids.size()));
				this.world.retitle(id, "Namda rug, edit " + edits.incrementAndGet());
				if (random.nextBoolean()) {
					// half the edits named, as the in-process writers do; the rest only
					// marked, as another process's writes
					sync.listingsChanged(List.of(id));
				}
			}
		});
		sync.start();
		editor.start();
		await().atMost(PATIENCE).until(() -> edits.get() >= 300);
		editing.set(false);
		editor.join();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		this.world.assertIndexEqualsMongo();
	}

	@Test
	void anEditIsIndexedAtItsRevAndTheDirtyMarkIsCleared() {
		String id = this.world.newListing("Green Tara thangka");
		this.world.sync("only").start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		this.world.retitle(id, "White Tara thangka");
		await().atMost(PATIENCE).untilAsserted(() -> {
			SyncWorld.Indexed indexed = this.world.indexed(id);
			assertThat(indexed).isNotNull();
			assertThat(indexed.version()).isEqualTo(2L);
			assertThat(indexed.document().title().en()).isEqualTo("White Tara thangka");
			assertThat(indexed.document().searchable()).isTrue();
		});
		await().atMost(PATIENCE).untilAsserted(() -> {
			Document listing = this.world.listing(id);
			assertThat(listing.getBoolean("dirty")).isFalse();
			assertThat(listing.containsKey("dirtySince")).isFalse();
		});
	}

	@Test
	void listingsNamedByTheWriterAreIndexedWithoutAScanAndOthersAtTheNextScan() {
		String named = this.world.newListing("Namda rug, felted");
		String unnamed = this.world.newListing("Papu boots");
		CatalogSync sync = this.world.syncScanningOnlyWhenAsked("hinted");
		sync.start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		this.world.retitle(named, "Namda rug, felted, with a snow lion");
		this.world.retitle(unnamed, "Papu boots, embroidered");
		sync.listingsChanged(List.of(named, "no-such-listing"));
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(this.world.indexed(named).version()).isEqualTo(2L);
			assertThat(this.world.listing(named).getBoolean("dirty")).isFalse();
		});
		assertThat(this.world.listing(unnamed).getBoolean("dirty")).as("not named, no scan yet").isTrue();
		assertThat(this.world.indexed(unnamed).version()).isEqualTo(1L);
		sync.listingsChanged();
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(this.world.indexed(unnamed).version()).isEqualTo(2L);
			assertThat(this.world.listing(unnamed).getBoolean("dirty")).isFalse();
		});
		this.world.assertIndexEqualsMongo();
	}

	@Test
	void anIndexerKilledBetweenTheBulkWriteAndTheDirtyClearLosesNothingOnRestart() {
		String id = this.world.newListing("Mani stone, carved");
		AtomicBoolean crashed = new AtomicBoolean();
		AfterBulk killAfterBulk = (ids) -> {
			crashed.set(true);
			throw new AfterBulk.Crash();
		};
		CatalogSync first = this.world.sync("first", Duration.ofSeconds(1), killAfterBulk, new SimpleMeterRegistry(),
				this.elasticsearch);
		first.start();
		await().atMost(PATIENCE).until(() -> crashed.get() && !first.isRunning());
		assertThat(this.world.indexed(id)).as("the bulk reached the index").isNotNull();
		assertThat(this.world.listing(id).getBoolean("dirty")).as("the clear never ran").isTrue();
		// An edit while no indexer runs.
		this.world.retitle(id, "Mani stone, carved with Om mani padme hum");

		this.world
			.sync("restarted", Duration.ofSeconds(1), AfterBulk.NOTHING, new SimpleMeterRegistry(), this.elasticsearch)
			.start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		SyncWorld.Indexed indexed = this.world.indexed(id);
		assertThat(indexed.version()).isEqualTo(2L);
		assertThat(indexed.document().title().en()).isEqualTo("Mani stone, carved with Om mani padme hum");
		this.world.assertIndexEqualsMongo();
	}

	@Test
	void anEditDuringAnInFlightBatchKeepsTheListingDirtyAndIsIndexedNext() {
		String id = this.world.newListing("Pashmina shawl");
		AtomicBoolean edited = new AtomicBoolean();
		AfterBulk editAfterBulk = (ids) -> {
			if (ids.contains(id) && edited.compareAndSet(false, true)) {
				this.world.retitle(id, "Pashmina shawl, natural grey");
			}
		};
		this.world
			.sync("inflight", Duration.ofSeconds(15), editAfterBulk, new SimpleMeterRegistry(), this.elasticsearch)
			.start();
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(edited).isTrue();
			assertThat(this.world.dirtyCount()).isZero();
			assertThat(this.world.indexed(id).version()).isEqualTo(2L);
		});
		assertThat(this.world.indexed(id).document().title().en()).isEqualTo("Pashmina shawl, natural grey");
	}

	@Test
	void aStaleVersionNeverOverwritesANewerOne() throws Exception {
		String id = this.world.newListing("Silver filigree earrings");
		this.world.retitle(id, "Silver filigree earrings, pair");
		this.world.retitle(id, "Silver filigree earrings, pair, boxed");
		this.world.sync("stale").start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		ListingDocument current = this.world.indexed(id).document();
		assertThat(current.rev()).isEqualTo(3L);

		ListingDocument stale = withRev(current, 2L, "Silver filigree earrings, pair");
		IndexWriter.Outcome outcome = new IndexWriter(this.elasticsearch).write(List.of(stale),
				List.of(this.world.alias), true, true);
		assertThat(outcome.written()).as("a 409 counts as done").containsExactly(id);
		Throwable single = catchThrowable(() -> this.elasticsearch.index(
				(i) -> i.index(this.world.alias).id(id).version(2L).versionType(VersionType.External).document(stale)));
		assertThat(IndexWriter.isConflict(single)).isTrue();
		SyncWorld.Indexed indexed = this.world.indexed(id);
		assertThat(indexed.version()).isEqualTo(3L);
		assertThat(indexed.document().title().en()).isEqualTo("Silver filigree earrings, pair, boxed");
	}

	@Test
	void aRemovedListingNeverComesBackEvenAfterADelayedStaleWrite() {
		String id = this.world.newListing("Namda rug");
		this.world.sync("removed").start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		ListingDocument published = this.world.indexed(id).document();
		assertThat(published.searchable()).isTrue();

		this.world.edit(id, Updates.set("status", "REMOVED"), Updates.set("statusReason", "duplicate"));
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		assertThat(this.world.indexed(id).document().status()).isEqualTo("REMOVED");

		// A write of the published revision that was delayed somewhere arrives late.
		IndexWriter.Outcome late = new IndexWriter(this.elasticsearch).write(List.of(published),
				List.of(this.world.alias), true, true);
		assertThat(late.failed()).isEmpty();
		SyncWorld.Indexed indexed = this.world.indexed(id);
		assertThat(indexed.document().status()).isEqualTo("REMOVED");
		assertThat(indexed.document().searchable()).isFalse();
		assertThat(this.world.searchable(SyncWorld.SELLER)).isZero();
	}

	@Test
	void aMalformedListingStaysDirtyWithoutStoppingTheOthers() {
		String good = this.world.newListing("Pottery jar");
		String orphan = this.world.newListing("Pottery jar without a seller");
		Mono.from(this.world.database.getCollection("listings")
			.updateOne(Filters.eq("_id", orphan), Updates.unset("sellerId"))).block();
		String malformed = this.world.newListing("Pottery jar, malformed");
		Mono.from(this.world.database.getCollection("listings")
			.updateOne(Filters.eq("_id", malformed), Updates.set("status", 5))).block();
		this.world.sync("poison").start();
		await().atMost(PATIENCE).until(() -> this.world.indexed(good) != null && this.world.indexed(orphan) != null);
		assertThat(this.world.indexed(orphan).document().searchable()).isFalse();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 1);
		assertThat(this.world.listing(malformed).getBoolean("dirty")).isTrue();
		assertThat(this.world.indexed(malformed)).isNull();
	}

	static ListingDocument withRev(ListingDocument d, long rev, String title) {
		return new ListingDocument(d.id(), rev, d.status(), d.searchable(),
				new ladakh.crafts.catalog.index.Localized(title, null), d.description(), d.craft(), d.craftName(),
				d.materials(), d.priceMinor(), d.currency(), d.inStock(), d.stock(), d.madeToOrder(), d.leadTimeDays(),
				d.gi(), d.giName(), d.thumbnailId(), d.sellerId(), d.sellerName(), d.sellerType(), d.district(),
				d.registrationNumber(), d.sellerStatus(), d.verified(), d.stalls(), d.createdAt(), d.publishedAt(),
				d.updatedAt());
	}

}
