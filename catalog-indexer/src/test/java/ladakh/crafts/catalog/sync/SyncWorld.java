package ladakh.crafts.catalog.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import ladakh.crafts.catalog.index.CatalogIndexDefinition;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test's own world on the shared engines: a MongoDB database and an index alias no
 * other test uses, sync instances built on them, and helpers to write listings the way
 * the write side does (through {@link SearchVisibleChange}) and read the index back.
 */
final class SyncWorld implements AutoCloseable {

	static final String SELLER = "art-sync-1";

	final String name;

	final MongoDatabase database;

	final ElasticsearchClient elasticsearch;

	final String alias;

	private final List<CatalogSync> instances = new ArrayList<>();

	private int sequence;

	SyncWorld(String name, MongoClient mongo, ElasticsearchClient elasticsearch) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.name = name;
		this.database = mongo.getDatabase("sync-" + name + "-" + run);
		this.elasticsearch = elasticsearch;
		this.alias = "test-sync-" + name.toLowerCase() + "-" + run;
		insert("crafts", new Document("_id", "thangka-painting").append("name",
				new Document("en", "Thangka painting").append("hi", "थांका चित्रकला")));
		seller(SELLER, "ACTIVE", LocalDate.now().plusYears(2));
	}

	CatalogIndexAdmin admin() {
		return admin(this.elasticsearch);
	}

	CatalogIndexAdmin admin(ElasticsearchClient client) {
		return new CatalogIndexAdmin(client, new CatalogIndexProperties(this.alias), CatalogIndexDefinition.current(),
				Clock.systemUTC());
	}

	static CatalogSyncProperties properties(String holder, Duration lease) {
		return new CatalogSyncProperties(true, 50, 20, Duration.ofMillis(100), lease, Duration.ofSeconds(1),
				Duration.ofMillis(50), holder);
	}

	CatalogSync sync(String holder) {
		return sync(holder, Duration.ofSeconds(15), AfterBulk.NOTHING, new SimpleMeterRegistry(), this.elasticsearch);
	}

	CatalogSync sync(String holder, Duration lease, AfterBulk afterBulk, MeterRegistry registry,
			ElasticsearchClient client) {
		CatalogSync sync = CatalogSyncAutoConfiguration.create(this.database, afterBulk.writer(client), admin(client),
				properties(holder, lease), StallAllocations.NONE, registry, Clock.systemUTC());
		this.instances.add(sync);
		return sync;
	}

	/** A sync that scans for dirty listings only when it starts and when asked to. */
	CatalogSync syncScanningOnlyWhenAsked(String holder) {
		CatalogSyncProperties defaults = properties(holder, Duration.ofSeconds(15));
		CatalogSyncProperties properties = new CatalogSyncProperties(true, defaults.batchSize(),
				defaults.rebuildPageSize(), Duration.ofHours(1), Duration.ofHours(2), defaults.maxBackoff(),
				defaults.metricsInterval(), holder);
		CatalogSync sync = CatalogSyncAutoConfiguration.create(this.database, new IndexWriter(this.elasticsearch),
				admin(this.elasticsearch), properties, StallAllocations.NONE, new SimpleMeterRegistry(),
				Clock.systemUTC());
		this.instances.add(sync);
		return sync;
	}

	CatalogIndexStatus status() {
		return new CatalogIndexStatus(admin(), this.elasticsearch, this.database, SyncNames.forAlias(this.alias),
				() -> {
				}, Clock.systemUTC());
	}

	// ------------------------------------------------------------------ MongoDB

	void seller(String id, String status, LocalDate validUntil) {
		insert("sellers",
				new Document("_id", id).append("type", "ARTISAN")
					.append("name", "Stanzin Dolma")
					.append("district", "LEH")
					.append("registrationNumber", "LEH/HC/2025/0042")
					.append("status", status)
					.append("validUntil", validUntil.toString()));
	}

	/** A new published listing, dirty at rev 1 as the write side creates it. */
	String newListing(String title) {
		String id = "lst-" + this.name + "-" + String.format("%05d", ++this.sequence);
		Instant now = Instant.now();
		insert("listings",
				new Document("_id", id).append("sellerId", SELLER)
					.append("title", new Document("en", title))
					.append("description", new Document("en", "Hand made in Leh"))
					.append("craft", "thangka-painting")
					.append("materials", List.of("cotton", "mineral pigments"))
					.append("priceMinor", 1_250_000L)
					.append("currency", "INR")
					.append("stock", 1)
					.append("madeToOrder", false)
					.append("photos", List.of())
					.append("giTag", null)
					.append("status", "PUBLISHED")
					.append("createdAt", Date.from(now))
					.append("updatedAt", Date.from(now))
					.append("rev", 1L)
					.append("dirty", true)
					.append("dirtySince", Date.from(now)));
		return id;
	}

	/** A search-visible edit: the caller's change plus the sync mark, in one update. */
	void edit(String id, Bson... changes) {
		Mono.from(this.database.getCollection("listings")
			.updateOne(Filters.eq("_id", id), SearchVisibleChange.update(Instant.now(), changes))).block();
	}

	void retitle(String id, String title) {
		edit(id, Updates.set("title.en", title), Updates.set("updatedAt", new Date()));
	}

	Document listing(String id) {
		return Mono.from(this.database.getCollection("listings").find(Filters.eq("_id", id)).first()).block();
	}

	List<Document> listings() {
		return Flux.from(this.database.getCollection("listings").find()).collectList().block();
	}

	long dirtyCount() {
		return Mono.from(this.database.getCollection("listings").countDocuments(Filters.eq("dirty", true))).block();
	}

	void insert(String collection, Document document) {
		Mono.from(this.database.getCollection(collection).insertOne(document)).block();
	}

	// ------------------------------------------------------------------ Elasticsearch

	/** The indexed document with its version, or {@code null}. */
	Indexed indexed(String id) {
		try {
			GetResponse<ListingDocument> got = this.elasticsearch.get((g) -> g.index(this.alias).id(id),
					ListingDocument.class);
			return got.found() ? new Indexed(got.source(), got.version()) : null;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return null;
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every document behind the alias: id to version. */
	Map<String, Long> allIndexed() {
		try {
			this.elasticsearch.indices().refresh((r) -> r.index(this.alias));
			SearchResponse<ListingDocument> found = this.elasticsearch.search(
					(s) -> s.index(this.alias).size(10_000).version(true).query((q) -> q.matchAll((m) -> m)),
					ListingDocument.class);
			Map<String, Long> versions = new HashMap<>();
			for (Hit<ListingDocument> hit : found.hits().hits()) {
				versions.put(hit.id(), hit.version());
			}
			return versions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Searchable documents of a seller, as every query filters them. */
	long searchable(String sellerId) {
		try {
			return this.elasticsearch.count((c) -> c.index(this.alias)
				.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("searchable").value(true)))
					.filter((f) -> f.term((t) -> t.field("sellerId").value(sellerId))))))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> physicalIndices() {
		try {
			return new ArrayList<>(this.elasticsearch.indices()
				.get((g) -> g.index(this.alias + "-*").allowNoIndices(true))
				.result()
				.keySet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, Long> mongoRevs() {
		Map<String, Long> revs = new HashMap<>();
		listings().forEach((listing) -> revs.put(listing.getString("_id"), listing.getLong("rev")));
		return revs;
	}

	void assertIndexEqualsMongo() {
		assertThat(allIndexed()).isEqualTo(mongoRevs());
	}

	@Override
	public void close() {
		this.instances.forEach(CatalogSync::stop);
		for (String index : physicalIndices()) {
			try {
				this.elasticsearch.indices().delete((d) -> d.index(index));
			}
			catch (IOException | ElasticsearchException ex) {
				// best effort
			}
		}
		Mono.from(this.database.drop()).block();
	}

	record Indexed(ListingDocument document, Long version) {

	}

}
