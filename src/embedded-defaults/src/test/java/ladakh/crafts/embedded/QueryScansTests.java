package ladakh.crafts.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the declared indexes save, as the scan report counts it: a page of the newest
 * listings of a status reads about a page, and so does a page of ids after (or before)
 * one; counts and update selectors read what they match, an unindexed query is reported
 * as a scan, and an H2 store's indexes (the {@code _id} one's order too) are rebuilt when
 * its file is opened again.
 */
class QueryScansTests {

	private static final int LISTINGS = 3000;

	private final List<AutoCloseable> opened = new ArrayList<>();

	private final List<QueryScans.Scan> scans = new CopyOnWriteArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.opened) {
			closeable.close();
		}
	}

	static Stream<String> backends() {
		return Stream.of("memory", "h2");
	}

	@ParameterizedTest
	@MethodSource("backends")
	void aPageOfTheNewestReadsAboutAPage(String backend) {
		MongoCollection<Document> listings = listings(backend, "a.mv");
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));

		List<Document> page = Flux
			.from(listings.find(Filters.eq("status", "ACTIVE")).sort(Sorts.descending("createdAt")).skip(24).limit(24))
			.collectList()
			.block();
		QueryScans.Scan find = scan("find", "status");
		assertThat(find.index()).isEqualTo("status_1_createdAt_-1");
		assertThat(find.examined()).isEqualTo(48);
		assertThat(find.returned()).isEqualTo(24);
		assertThat(page).hasSize(24);
		assertThat(page).isEqualTo(unindexed(listings, Filters.eq("status", "ACTIVE"), 24));

		long active = Mono.from(listings.countDocuments(Filters.eq("status", "ACTIVE"))).block();
		assertThat(active).isEqualTo(LISTINGS / 4);
		QueryScans.Scan count = scan("aggregate", "status");
		assertThat(count.examined()).isEqualTo(LISTINGS / 4);

		Mono.from(listings.updateMany(Filters.eq("sellerId", "s-7"), Updates.set("dirty", true))).block();
		QueryScans.Scan update = scan("update", "sellerId");
		assertThat(update.index()).isEqualTo("sellerId_1");
		assertThat(update.examined()).isEqualTo(update.returned());

		this.scans.clear();
		Flux.from(listings.find(Filters.eq("title", "Listing 7"))).collectList().block();
		QueryScans.Scan scan = scan("find", "title");
		assertThat(scan.index()).isNull();
		assertThat(scan.examined()).isEqualTo(LISTINGS);
		assertThat(scan.returned()).isEqualTo(1);
		assertThat(scan.key()).endsWith("find {\"title\" : \"?\"}");
	}

	@ParameterizedTest
	@MethodSource("backends")
	void aPageOfSeveralStatesNewestFirstReadsAboutAPage(String backend) {
		MongoCollection<Document> listings = listings(backend, "in.mv");
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));
		org.bson.conversions.Bson live = Filters.in("status", "ACTIVE", "PAUSED", "DRAFT");

		List<Document> page = Flux.from(listings.find(live).sort(Sorts.descending("createdAt")).skip(24).limit(24))
			.collectList()
			.block();
		// each state's run of the index is walked newest first and the runs merged: a
		// page and the last run of equal times, not the three states' every listing
		QueryScans.Scan find = scan("find", "status");
		assertThat(find.index()).isEqualTo("status_1_createdAt_-1");
		assertThat(find.examined()).isBetween(48L, 48L + 3);
		assertThat(page).hasSize(24);
		assertThat(page).isEqualTo(unindexed(listings, live, 24));
	}

	@ParameterizedTest
	@MethodSource("backends")
	void aPageOfIdsAfterAnotherReadsAboutAPage(String backend) {
		MongoCollection<Document> listings = listings(backend, "ids.mv");
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));

		// a rebuild's pages: every listing in id order, 100 at a time
		List<Document> first = Flux.from(listings.find().sort(Sorts.ascending("_id")).limit(100)).collectList().block();
		assertThat(first).extracting((listing) -> listing.getString("_id")).containsExactlyElementsOf(ids(0, 100, 1));
		assertThat(scan("find", "_id").index()).isEqualTo("_id_");
		assertThat(scan("find", "_id").examined()).isEqualTo(100);
		List<Document> second = Flux
			.from(listings.find(Filters.gt("_id", first.get(99).getString("_id")))
				.sort(Sorts.ascending("_id"))
				.limit(100))
			.collectList()
			.block();
		assertThat(second).extracting((listing) -> listing.getString("_id"))
			.containsExactlyElementsOf(ids(100, 200, 1));
		assertThat(scan("find", "_id").index()).isEqualTo("_id_");
		assertThat(scan("find", "_id").examined()).isEqualTo(100);

		// and backwards, with another condition the matcher checks
		List<Document> before = Flux
			.from(listings.find(Filters.and(Filters.lte("_id", "l-02000"), Filters.eq("craft", "pashmina")))
				.sort(Sorts.descending("_id"))
				.skip(10)
				.limit(50))
			.collectList()
			.block();
		assertThat(before).extracting((listing) -> listing.getString("_id"))
			.containsExactlyElementsOf(ids(1990, 1940, -1));
		assertThat(scan("find", "_id").examined()).isEqualTo(60);

		// a range alone reads the range, not the collection
		long counted = Mono.from(listings.countDocuments(Filters.gte("_id", "l-02900"))).block();
		assertThat(counted).isEqualTo(100);
		assertThat(scan("aggregate", "_id").examined()).isEqualTo(100);
	}

	/** Listing ids from {@code from} (included) to {@code to} (excluded). */
	private static List<String> ids(int from, int to, int step) {
		List<String> ids = new ArrayList<>();
		for (int i = from; i != to; i += step) {
			ids.add(String.format("l-%05d", i));
		}
		return ids;
	}

	@Test
	void onlyScansBeyondTheThresholdAreReported() {
		MongoCollection<Document> listings = listings("memory", null);
		this.opened.add(QueryScans.subscribe(100, this.scans::add));
		Flux.from(listings.find(Filters.eq("status", "ACTIVE")).sort(Sorts.descending("createdAt")).limit(24))
			.collectList()
			.block();
		Mono.from(listings.countDocuments(Filters.eq("sellerId", "s-3"))).block();
		assertThat(this.scans).isEmpty();
		Flux.from(listings.find(Filters.eq("title", "Listing 2999")).limit(1)).collectList().block();
		Mono.from(listings.deleteMany(Filters.eq("craft", "none"))).block();
		assertThat(this.scans).extracting(QueryScans.Scan::operation).containsExactly("find", "delete");
	}

	@Test
	void aStoreFileOpenedAgainHasItsIndexesRebuilt() {
		MongoCollection<Document> listings = listings("h2", "reopened.mv");
		List<Document> before = Flux
			.from(listings.find(Filters.eq("status", "PAUSED")).sort(Sorts.descending("createdAt")).limit(24))
			.collectList()
			.block();
		for (AutoCloseable closeable : List.copyOf(this.opened)) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		this.opened.clear();
		MongoCollection<Document> reopened = client(
				server(new IndexedH2Backend(this.dir.resolve("reopened.mv").toString())))
			.getDatabase("shop")
			.getCollection("listings");
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));
		List<Document> after = Flux
			.from(reopened.find(Filters.eq("status", "PAUSED")).sort(Sorts.descending("createdAt")).limit(24))
			.collectList()
			.block();
		assertThat(after).isEqualTo(before);
		QueryScans.Scan find = scan("find", "status");
		assertThat(find.index()).isEqualTo("status_1_createdAt_-1");
		assertThat(find.examined()).isEqualTo(24);
		Flux.from(reopened.find(Filters.gt("_id", "l-00100")).sort(Sorts.ascending("_id")).limit(24))
			.collectList()
			.block();
		assertThat(scan("find", "_id").index()).isEqualTo("_id_");
		assertThat(scan("find", "_id").examined()).isEqualTo(24);
	}

	@ParameterizedTest
	@MethodSource("backends")
	void aPageOfOneValueOfAnArrayNewestFirstWalksTheIndex(String backend) {
		// the stock register's history: a line names both its holders in an array, and a
		// holder's page is read newest first
		MongoServer server = server("memory".equals(backend) ? new IndexedMemoryBackend()
				: new IndexedH2Backend(this.dir.resolve("holders.mv").toString()));
		MongoCollection<Document> lines = client(server).getDatabase("stock").getCollection("lines");
		Mono.from(lines.createIndex(Document.parse("{holders: 1, at: -1, _id: -1}"))).block();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < LISTINGS; i++) {
			documents.add(new Document("_id", String.format("m-%05d", i))
				.append("holders", List.of("store", "centre-" + (i % 20)))
				.append("at", new Date(1_780_000_000_000L + (i / 2) * 60_000L)));
		}
		Mono.from(lines.insertMany(documents)).block();
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));

		org.bson.conversions.Bson centre = Filters.eq("holders", "centre-7");
		org.bson.conversions.Bson newestFirst = Sorts.descending("at", "_id");
		List<Document> page = Flux.from(lines.find(centre).sort(newestFirst).limit(10)).collectList().block();
		QueryScans.Scan find = scan("find", "holders");
		assertThat(find.index()).isEqualTo("holders_1_at_-1__id_-1");
		assertThat(find.examined()).isEqualTo(10);
		assertThat(page)
			.isEqualTo(Flux.from(lines.find(Filters.or(centre)).sort(newestFirst).limit(10)).collectList().block());

		// under two values a line naming both would come twice: read whole, not walked
		this.scans.clear();
		org.bson.conversions.Bson two = Filters.in("holders", "centre-7", "store");
		List<Document> both = Flux.from(lines.find(two).sort(newestFirst).limit(10)).collectList().block();
		assertThat(both).extracting((line) -> line.getString("_id")).doesNotHaveDuplicates();
		assertThat(both)
			.isEqualTo(Flux.from(lines.find(Filters.or(two)).sort(newestFirst).limit(10)).collectList().block());
	}

	@ParameterizedTest
	@MethodSource("backends")
	void aValueGivenTwiceInAnInAnswersItsDocumentsOnce(String backend) {
		// found by DeclaredIndexTests under other seeds (-DdeclaredIndex.seed): each
		// value
		// of an $in was walked as often as it was given
		MongoServer server = server("memory".equals(backend) ? new IndexedMemoryBackend()
				: new IndexedH2Backend(this.dir.resolve("twice.mv").toString()));
		MongoCollection<Document> events = client(server).getDatabase("audit").getCollection("events");
		Mono.from(events.createIndex(Document.parse("{kind: 1, at: -1}"))).block();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			documents
				.add(new Document("_id", String.format("a-%03d", i)).append("kind", (i % 2 == 0) ? "PAID" : "SHIPPED")
					.append("at", new Date(1_780_000_000_000L + i * 60_000L)));
		}
		Mono.from(events.insertMany(documents)).block();

		org.bson.conversions.Bson twice = Filters.in("kind", "PAID", "SHIPPED", "SHIPPED");
		List<Document> page = Flux.from(events.find(twice).sort(Sorts.descending("at")).limit(29))
			.collectList()
			.block();

		assertThat(page).hasSize(29).extracting((event) -> event.getString("_id")).doesNotHaveDuplicates();
		assertThat(page).isEqualTo(
				Flux.from(events.find(Filters.or(twice)).sort(Sorts.descending("at")).limit(29)).collectList().block());
	}

	@ParameterizedTest
	@MethodSource("backends")
	void anEqualityToNullReadsTheNullAndMissingEntriesOnly(String backend) {
		// the payout run's read of unclaimed ledger lines, and a run's unpaid lines: a
		// field left null or never written, asked for by {field: null}
		MongoServer server = server("memory".equals(backend) ? new IndexedMemoryBackend()
				: new IndexedH2Backend(this.dir.resolve("nulls.mv").toString()));
		MongoCollection<Document> lines = client(server).getDatabase("books").getCollection("lines");
		Mono.from(lines.createIndex(Document.parse("{payee: 1, claimedBy: 1, at: 1, _id: 1}"))).block();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < LISTINGS; i++) {
			Document line = new Document("_id", String.format("n-%05d", i)).append("payee", "SELLER")
				.append("at", new Date(1_780_000_000_000L + i * 60_000L));
			if (i % 10 == 1) {
				line.append("claimedBy", null);
			}
			else if (i % 10 != 2) {
				line.append("claimedBy", "run-" + (i % 7));
			}
			documents.add(line);
		}
		Mono.from(lines.insertMany(documents)).block();
		this.opened.add(QueryScans.subscribe(-1, this.scans::add));

		org.bson.conversions.Bson open = Filters.and(Filters.eq("payee", "SELLER"), Filters.eq("claimedBy", null),
				Filters.lte("at", new Date(1_780_000_000_000L + 1999 * 60_000L)));
		List<Document> unclaimed = Flux.from(lines.find(open).sort(Sorts.ascending("at", "_id"))).collectList().block();
		QueryScans.Scan find = scan("find", "claimedBy");
		assertThat(find.index()).isEqualTo("payee_1_claimedBy_1_at_1__id_1");
		assertThat(unclaimed).hasSize(400);
		assertThat(find.examined()).isEqualTo(400);
		assertThat(unclaimed).isEqualTo(
				Flux.from(lines.find(Filters.or(open)).sort(Sorts.ascending("at", "_id"))).collectList().block());
	}

	private QueryScans.Scan scan(String operation, String field) {
		return this.scans.stream()
			.filter((scan) -> scan.operation().equals(operation) && scan.shape().contains("\"" + field + "\""))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no " + operation + " on " + field + " in " + this.scans));
	}

	/** The same page, from a query no index takes ($or), sorted and cut by the server. */
	private static List<Document> unindexed(MongoCollection<Document> listings, org.bson.conversions.Bson filter,
			int skip) {
		return Flux.from(listings.find(Filters.or(filter)).sort(Sorts.descending("createdAt")).skip(skip).limit(24))
			.collectList()
			.block();
	}

	private MongoCollection<Document> listings(String backend, String file) {
		MongoBackend engine = "memory".equals(backend) ? new IndexedMemoryBackend()
				: new IndexedH2Backend(this.dir.resolve(file).toString());
		MongoCollection<Document> listings = client(server(engine)).getDatabase("shop").getCollection("listings");
		Mono.from(listings.createIndex(Document.parse("{status: 1, createdAt: -1}"))).block();
		Mono.from(listings.createIndex(Document.parse("{sellerId: 1}"))).block();
		String[] statuses = { "DRAFT", "ACTIVE", "PAUSED", "REMOVED" };
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < LISTINGS; i++) {
			documents.add(new Document("_id", String.format("l-%05d", (i * 7919) % LISTINGS))
				.append("status", statuses[i % 4])
				.append("sellerId", "s-" + (i % 50))
				.append("title", "Listing " + i)
				.append("craft", "pashmina")
				.append("createdAt", new Date(1_780_000_000_000L + i * 60_000L)));
		}
		Mono.from(listings.insertMany(documents)).block();
		return listings;
	}

	private MongoServer server(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		this.opened.add(server::shutdown);
		return server;
	}

	private MongoClient client(MongoServer server) {
		InetSocketAddress address = server.getLocalAddress();
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.opened.add(0, client::close);
		return client;
	}

}
