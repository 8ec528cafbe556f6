package ladakh.crafts.catalog.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.catalog.CatalogIndexerApplication;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sync running in-process, as the application starts it: the trigger wakes it, so a
 * seller's suspension leaves search within two seconds.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-sync-in-process",
				"spring.mongodb.database=catalog-sync-in-process" })
class InProcessSyncTests {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	CatalogSyncTrigger trigger;

	@Autowired
	CatalogIndexProperties index;

	@Autowired
	CatalogIndexStatus status;

	@Test
	void theRunningSyncIsTheTrigger() {
		assertThat(this.trigger).isInstanceOf(CatalogSync.class);
		assertThat(((CatalogSync) this.trigger).isRunning()).isTrue();
	}

	@Test
	void markingASuspendedSellersListingsDirtyTakesThemOutOfSearchWithinTwoSeconds() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String seller = "art-inproc-" + run;
		this.mongo
			.insert(new Document("_id", seller).append("type", "ARTISAN")
				.append("name", "Rigzin Namgyal")
				.append("district", "KARGIL")
				.append("registrationNumber", "KGL/HC/2024/0007")
				.append("status", "ACTIVE")
				.append("validUntil", LocalDate.now().plusYears(1).toString()), "sellers")
			.block();
		for (int i = 0; i < 3; i++) {
			Instant now = Instant.now();
			this.mongo
				.insert(new Document("_id", "lst-inproc-" + run + "-" + i).append("sellerId", seller)
					.append("title", new Document("en", "Copper kettle " + i))
					.append("craft", "metal-craft")
					.append("priceMinor", 450_000L)
					.append("stock", 2)
					.append("madeToOrder", false)
					.append("status", "PUBLISHED")
					.append("createdAt", Date.from(now))
					.append("updatedAt", Date.from(now))
					.append("rev", 1L)
					.append("dirty", true)
					.append("dirtySince", Date.from(now)), "listings")
				.block();
		}
		this.trigger.listingsChanged();
		await().atMost(Duration.ofSeconds(60)).until(() -> searchable(seller) == 3);

		// What the catalog does on SellerStatusChanged: the status, then the re-mark.
		this.mongo.getCollection("sellers")
			.flatMap((c) -> Mono.from(c.updateOne(Filters.eq("_id", seller), Updates.set("status", "SUSPENDED"))))
			.block();
		this.mongo.getCollection("listings")
			.flatMap((c) -> Mono
				.from(c.updateMany(Filters.eq("sellerId", seller), SearchVisibleChange.update(Instant.now()))))
			.block();
		this.trigger.listingsChanged();
		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).until(() -> searchable(seller) == 0);

		IndexStatus current = this.status.current().block();
		assertThat(current.alias()).isEqualTo(this.index.alias());
		assertThat(current.physicalIndex()).startsWith(this.index.alias() + "-v");
		assertThat(current.documentCount()).isGreaterThanOrEqualTo(3);
		assertThat(current.clusterHealth()).isIn("green", "yellow");
		assertThat(current.leaseHolder()).isNotNull();
	}

	private long searchable(String sellerId) throws Exception {
		if (!this.elasticsearch.indices().existsAlias((e) -> e.name(this.index.alias())).value()) {
			return -1;
		}
		return this.elasticsearch.count((c) -> c.index(this.index.alias())
			.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("searchable").value(true)))
				.filter((f) -> f.term((t) -> t.field("sellerId").value(sellerId))))))
			.count();
	}

}
