package ladakh.crafts.catalog.sync;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ladakh.crafts.catalog.engines.CatalogEnginesAutoConfiguration;
import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import ladakh.crafts.catalog.index.CatalogIndexDefinition;
import ladakh.crafts.catalog.index.CatalogIndexProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

/**
 * The sync, the index bootstrap and the status service, in the web application and in the
 * catalog-indexer process alike. Registered before the engines' configuration so the
 * running sync is the {@link CatalogSyncTrigger} instead of the no-op.
 */
@AutoConfiguration(before = CatalogEnginesAutoConfiguration.class)
@EnableConfigurationProperties({ CatalogSyncProperties.class, CatalogIndexProperties.class })
public class CatalogSyncAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CatalogIndexAdmin catalogIndexAdmin(ElasticsearchClient client, CatalogIndexProperties properties,
			ObjectProvider<Clock> clock) {
		return new CatalogIndexAdmin(client, properties, CatalogIndexDefinition.current(),
				clock.getIfAvailable(Clock::systemUTC));
	}

	/** The sellers' stalls, read from the exhibitions' collections (decision 57). */
	@Bean
	@ConditionalOnMissingBean
	StallAllocations stallAllocations(ReactiveMongoDatabaseFactory mongo) {
		return new StallAllocationRepository(mongo.getMongoDatabase().block());
	}

	@Bean
	@ConditionalOnMissingBean
	CatalogIndexStatus catalogIndexStatus(CatalogIndexAdmin admin, ElasticsearchClient client,
			ReactiveMongoDatabaseFactory mongo, CatalogIndexProperties index,
			ObjectProvider<CatalogSyncTrigger> triggers, ObjectProvider<Clock> clock) {
		return new CatalogIndexStatus(admin, client, mongo.getMongoDatabase().block(),
				SyncNames.forAlias(index.alias()), () -> triggers.ifAvailable(CatalogSyncTrigger::listingsChanged),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnProperty(prefix = "marketplace.catalog.sync", name = "enabled", matchIfMissing = true)
	CatalogSync catalogSync(ReactiveMongoDatabaseFactory mongo, ElasticsearchClient client, CatalogIndexAdmin admin,
			CatalogSyncProperties properties, StallAllocations stalls, ObjectProvider<MeterRegistry> registry,
			ObjectProvider<Clock> clock) {
		return create(mongo.getMongoDatabase().block(), new IndexWriter(client), admin, properties, stalls,
				registry.getIfAvailable(SimpleMeterRegistry::new), clock.getIfAvailable(Clock::systemUTC));
	}

	static CatalogSync create(MongoDatabase database, IndexWriter writer, CatalogIndexAdmin admin,
			CatalogSyncProperties properties, StallAllocations stalls, MeterRegistry registry, Clock clock) {
		SyncNames names = SyncNames.forAlias(admin.alias());
		CatalogListingRepository listings = new CatalogListingRepository(database);
		ListingSource source = new ListingSource(listings, new ListingContextRepository(database),
				new ListingDocuments(clock), stalls);
		SyncLeaseRepository lease = new SyncLeaseRepository(database, names.leaseId(), properties.holder(),
				properties.leaseDuration(), clock);
		SyncStateRepository state = new SyncStateRepository(database, names.stateId());
		return new CatalogSync(listings, source, writer, admin, lease, state, new SyncMetrics(registry, clock),
				properties, clock);
	}

}
