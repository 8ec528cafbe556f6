package ladakh.crafts.catalog.sync;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ladakh.crafts.catalog.engines.ElasticsearchProperties;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sync as operators meet it: several processes, a full rebuild while sellers edit,
 * Elasticsearch going away and coming back, the lag metric.
 */
@SyncTest
class SyncOperationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	MongoClient mongo;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	ElasticsearchProperties elasticsearchProperties;

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
	void ofTwoSyncInstancesExactlyOneWritesAndTheOtherTakesOverWhenTheLeaseExpires() {
		AtomicInteger writtenByA = new AtomicInteger();
		AtomicInteger writtenByB = new AtomicInteger();
		CatalogSync a = this.world.sync("holder-a", Duration.ofSeconds(2), counting(writtenByA),
				new SimpleMeterRegistry(), this.elasticsearch);
		CatalogSync b = this.world.sync("holder-b", Duration.ofSeconds(2), counting(writtenByB),
				new SimpleMeterRegistry(), this.elasticsearch);
		a.start();
		await().atMost(PATIENCE).until(a::holdsLease);
		b.start();
		for (int i = 0; i < 5; i++) {
			this.world.newListing("Wood carving " + i);
		}
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		assertThat(writtenByA.get()).isEqualTo(5);
		assertThat(writtenByB.get()).isZero();
		assertThat(b.holdsLease()).isFalse();

		// A dies without releasing the lease (kill -9): B takes over once it expires.
		a.stop();
		forgetRelease();
		await().atMost(PATIENCE).until(b::holdsLease);
		String later = this.world.newListing("Wood carving, later");
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		assertThat(writtenByB.get()).isEqualTo(1);
		assertThat(writtenByA.get()).isEqualTo(5);
		assertThat(this.world.indexed(later)).isNotNull();
		this.world.assertIndexEqualsMongo();
	}

	/** A stop releases the lease; put it back as a killed holder would leave it. */
	private void forgetRelease() {
		reactor.core.publisher.Mono.from(this.world.database.getCollection("catalog_sync")
			.updateOne(com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.eq("holder", "holder-a")),
					Updates.set("expiresAt", new java.util.Date(System.currentTimeMillis() + 2000))))
			.block();
	}

	private static AfterBulk counting(AtomicInteger written) {
		return (ids) -> written.addAndGet(ids.size());
	}

	@Test
	void aFullRebuildUnderConcurrentEditsEndsWithTheIndexEqualToMongo() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			ids.add(this.world.newListing("Pashmina stole " + i));
		}
		CatalogSync sync = this.world.sync("rebuilder");
		sync.start();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		String before = this.world.admin().physicalIndex().orElseThrow();

		AtomicBoolean editing = new AtomicBoolean(true);
		AtomicInteger edits = new AtomicInteger();
		Thread editor = new Thread(() -> {
			Random random = new Random(42);
			while (editing.get()) {
				String id = ids.get(random.nextInt(ids.size()));
				switch (random.nextInt(10)) {
					case 0 -> this.world.edit(id, Updates.set("status", "REMOVED"));
					case 1 -> ids.add(this.world.newListing("New stole " + edits.get()));
					default -> this.world.retitle(id, "Pashmina stole, edit " + edits.get());
				}
				edits.incrementAndGet();
			}
		});
		editor.start();
		assertThat(this.world.status().requestRebuild("usr-test-admin").block()).isTrue();
		assertThat(this.world.status().requestRebuild("usr-test-admin").block()).as("one at a time").isFalse();
		await().atMost(PATIENCE).untilAsserted(() -> {
			IndexStatus status = this.world.status().current().block();
			assertThat(status.lastRebuild()).isNotNull();
			assertThat(status.lastRebuild().status()).isEqualTo("DONE");
		});
		editing.set(false);
		editor.join();
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);

		assertThat(edits.get()).isPositive();
		String after = this.world.admin().physicalIndex().orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(this.world.physicalIndices()).containsExactly(after);
		this.world.assertIndexEqualsMongo();
		IndexStatus status = this.world.status().current().block();
		assertThat(status.physicalIndex()).isEqualTo(after);
		assertThat(status.lastRebuild().done()).isGreaterThanOrEqualTo(300);
		assertThat(status.lastRebuild().percent()).isEqualTo(100);
		assertThat(status.runningRebuild()).isNull();
	}

	@Test
	void anIndexBuiltByAnOlderDefinitionIsRebuiltAndSwappedAtStart() throws Exception {
		String old = this.world.alias + "-v0-20250101000000";
		String json = ladakh.crafts.catalog.index.CatalogIndexDefinition.current()
			.json()
			.replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": 0");
		this.elasticsearch.indices()
			.create((c) -> c.index(old).withJson(new java.io.StringReader(json)).aliases(this.world.alias, (a) -> a));
		String id = this.world.newListing("Apricot wood bowl");
		this.world.sync("upgrader").start();
		await().atMost(PATIENCE).untilAsserted(() -> {
			IndexStatus status = this.world.status().current().block();
			assertThat(status.lastRebuild()).isNotNull();
			assertThat(status.lastRebuild().status()).isEqualTo("DONE");
			assertThat(status.lastRebuild().requestedBy()).startsWith("definition v");
		});
		String current = this.world.admin().physicalIndex().orElseThrow();
		assertThat(current).isNotEqualTo(old);
		assertThat(this.world.admin().definitionVersion(current))
			.isEqualTo(ladakh.crafts.catalog.index.CatalogIndexDefinition.current().version());
		assertThat(this.world.physicalIndices()).containsExactly(current);
		await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
		assertThat(this.world.indexed(id)).isNotNull();
	}

	@Test
	void whenElasticsearchIsUnreachableWritesSucceedTheLagGrowsAndTheSyncCatchesUpOnItsReturn() throws Exception {
		int deadPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			deadPort = socket.getLocalPort();
		}
		RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", deadPort)).build();
		ElasticsearchClient flaky = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		try {
			this.world.sync("outage", Duration.ofSeconds(15), AfterBulk.NOTHING, registry, flaky).start();
			String id = this.world.newListing("Papu shoes");
			this.world.retitle(id, "Papu shoes, red felt");
			assertThat(this.world.listing(id).getLong("rev")).as("the write succeeded").isEqualTo(2L);

			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(
						registry.get("catalog.sync.failures").tag("kind", "unavailable").counter().count())
					.isGreaterThanOrEqualTo(2));
			double lagBefore = lag(registry);
			await().atMost(PATIENCE).until(() -> lag(registry) > lagBefore && lag(registry) > 0);
			assertThat(this.world.dirtyCount()).isEqualTo(1);
			assertThat(registry.get("catalog.sync.dirty").gauge().value()).isEqualTo(1.0);

			rest.setNodes(List.of(new Node(HttpHost.create(this.elasticsearchProperties.url().toString()))));
			await().atMost(PATIENCE).until(() -> this.world.dirtyCount() == 0);
			assertThat(this.world.indexed(id).document().title().en()).isEqualTo("Papu shoes, red felt");
			await().atMost(PATIENCE).until(() -> lag(registry) == 0.0);
			assertThat(registry.get("catalog.sync.indexed").counter().count()).isEqualTo(1.0);
		}
		finally {
			this.world.close();
			rest.close();
		}
	}

	@Test
	void theLagMetricIsTheAgeOfTheOldestUnsyncedChange() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		String id = this.world.newListing("Thangka of Green Tara");
		// Its first unsynced change was an hour ago.
		reactor.core.publisher.Mono
			.from(this.world.database.getCollection("listings")
				.updateOne(com.mongodb.client.model.Filters.eq("_id", id),
						Updates.set("dirtySince", new java.util.Date(System.currentTimeMillis() - 3_600_000))))
			.block();
		// A sync that cannot write (another process holds the lease) still measures.
		reactor.core.publisher.Mono
			.from(this.world.database.getCollection("catalog_sync")
				.insertOne(new org.bson.Document("_id", SyncNames.forAlias(this.world.alias).leaseId())
					.append("holder", "someone-else")
					.append("expiresAt", new java.util.Date(System.currentTimeMillis() + 3_600_000))))
			.block();
		this.world.sync("observer", Duration.ofSeconds(15), AfterBulk.NOTHING, registry, this.elasticsearch).start();
		await().atMost(PATIENCE).until(() -> lag(registry) >= 3600);
		assertThat(lag(registry)).isLessThan(3600 + 600);
		assertThat(registry.get("catalog.sync.dirty").gauge().value()).isEqualTo(1.0);
		assertThat(registry.get("catalog.sync.lease.held").gauge().value()).isZero();
		assertThat(this.world.status().current().block().lagSeconds()).isGreaterThanOrEqualTo(3600);
	}

	private static double lag(SimpleMeterRegistry registry) {
		return registry.get("catalog.sync.lag").gauge().value();
	}

}
