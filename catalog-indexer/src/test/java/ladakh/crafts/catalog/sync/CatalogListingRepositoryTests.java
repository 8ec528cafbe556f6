package ladakh.crafts.catalog.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.embedded.EmbeddedMongo;
import ladakh.crafts.embedded.QueryScans;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexer's reads of the listings read what they return on the embedded engine too,
 * as its scan report counts them (decision 43): a rebuild's page reads a page, the lag
 * reads the oldest dirty listing only, the rebuild's total reads nothing, the dirty
 * listings' count reads the dirty ones.
 */
class CatalogListingRepositoryTests {

	private static final int LISTINGS = 3000;

	private static final String DATABASE = "indexer-listing-reads";

	private final List<QueryScans.Scan> scans = new CopyOnWriteArrayList<>();

	private EmbeddedMongo server;

	private MongoClient client;

	private CatalogListingRepository repository;

	private QueryScans.Subscription subscription;

	@BeforeEach
	void listings() {
		this.server = EmbeddedMongo.inMemory("127.0.0.1", 0);
		this.client = MongoClients.create(this.server.connectionString(DATABASE));
		MongoDatabase database = this.client.getDatabase(DATABASE);
		MongoCollection<Document> listings = database.getCollection(CatalogListingRepository.LISTINGS);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < LISTINGS; i++) {
			Document listing = new Document("_id", String.format("lst-%05d", (i * 7919) % LISTINGS))
				.append("title", new Document("en", "Listing " + i))
				.append("rev", 1L)
				.append("dirty", i % 3 == 0);
			if (i % 3 == 0 && i % 2 == 0) {
				// dirty and marked (the others were created dirty, with no mark)
				listing.append("dirtySince", new Date(1_780_000_000_000L + (LISTINGS - i) * 1000L));
			}
			documents.add(listing);
		}
		Mono.from(listings.insertMany(documents)).block();
		this.repository = new CatalogListingRepository(database);
		this.repository.createIndexes().block();
		// (other classes' syncs may still run in the background: their reads are left
		// out)
		this.subscription = QueryScans.subscribe(-1, (scan) -> {
			if (scan.namespace().startsWith(DATABASE + ".")) {
				this.scans.add(scan);
			}
		});
	}

	@AfterEach
	void close() {
		this.subscription.close();
		this.client.close();
		this.server.close();
	}

	@Test
	void aRebuildPageReadsAPage() {
		List<Document> first = this.repository.page(null, 100, ListingDocuments.LISTING_FIELDS);
		assertThat(first).hasSize(100);
		assertThat(first.get(0).getString("_id")).isEqualTo("lst-00000");
		assertThat(lastFind().examined()).isEqualTo(100);
		List<Document> second = this.repository.page(first.get(99).getString("_id"), 100,
				ListingDocuments.LISTING_FIELDS);
		assertThat(second.get(0).getString("_id")).isEqualTo("lst-00100");
		assertThat(second.get(99).getString("_id")).isEqualTo("lst-00199");
		assertThat(lastFind().index()).isEqualTo("_id_");
		assertThat(lastFind().examined()).isEqualTo(100);
		List<Document> last = this.repository.page("lst-02950", 100, ListingDocuments.LISTING_FIELDS);
		assertThat(last).hasSize(49);
		assertThat(lastFind().examined()).isEqualTo(49);
	}

	@Test
	void theRebuildTotalReadsNoListing() {
		assertThat(this.repository.estimatedCount()).isEqualTo(LISTINGS);
		assertThat(this.scans).isEmpty();
	}

	@Test
	void theLagReadsTheOldestMarkOnly() {
		Instant oldest = this.repository.oldestMark().block();
		// the marked dirty listings are i = 0, 6, 12, ...; the oldest mark is the largest
		// i
		int largest = ((LISTINGS - 1) / 6) * 6;
		assertThat(oldest).isEqualTo(Instant.ofEpochMilli(1_780_000_000_000L + (LISTINGS - largest) * 1000L));
		assertThat(lastFind().index()).isEqualTo(CatalogListingRepository.DIRTY_INDEX);
		assertThat(lastFind().examined()).isEqualTo(1);
	}

	@Test
	void theDirtyCountReadsTheDirtyOnes() {
		assertThat(this.repository.dirtyCount().block()).isEqualTo(LISTINGS / 3);
		QueryScans.Scan count = this.scans.get(this.scans.size() - 1);
		assertThat(count.examined()).isEqualTo(LISTINGS / 3);
		assertThat(Flux.from(this.repository.dirty(0, 500)).count().block()).isEqualTo(LISTINGS / 3);
	}

	@Test
	void clearedMarksAreGoneFromTheDirtyReads() {
		List<String> dirty = Flux.from(this.repository.dirty(4, 0))
			.map(CatalogListingRepository.DirtyMark::id)
			.collectList()
			.block();
		List<String> named = new ArrayList<>(dirty);
		named.add("lst-missing");
		List<String> ids = this.repository.dirtyAmong(named, Set.of(dirty.get(3)), ListingDocuments.LISTING_FIELDS)
			.stream()
			.map((listing) -> listing.getString("_id"))
			.toList();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(dirty.subList(0, 3));
		this.repository.clearMarks(Map.of(1L, ids), 2);
		assertThat(this.repository.dirtyAmong(ids, Set.of(), ListingDocuments.LISTING_FIELDS)).isEmpty();
		assertThat(this.repository.dirtyCount().block()).isEqualTo(LISTINGS / 3 - ids.size());
		Long stillMarked = Mono
			.from(this.client.getDatabase(DATABASE)
				.getCollection(CatalogListingRepository.LISTINGS)
				.countDocuments(Filters.and(Filters.in("_id", ids), Filters.exists("dirtySince"))))
			.block();
		assertThat(stillMarked).isZero();
	}

	private QueryScans.Scan lastFind() {
		return this.scans.stream()
			.filter((scan) -> scan.operation().equals("find"))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no find in " + this.scans));
	}

}
