package ladakh.crafts.catalog.search;

import java.time.Clock;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import ladakh.crafts.catalog.engines.CatalogEnginesAutoConfiguration;
import ladakh.crafts.catalog.index.CatalogIndexProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The query API ({@link CatalogSearch}) over the listing alias, and the synonym groups it
 * applies ({@link SynonymStore}), for both the web application and the indexer process.
 */
@AutoConfiguration(after = { CatalogEnginesAutoConfiguration.class, DataMongoReactiveAutoConfiguration.class })
@EnableConfigurationProperties(CatalogSearchProperties.class)
public class CatalogSearchAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SynonymStore synonymStore(ReactiveMongoTemplate mongo, ObjectProvider<Clock> clock,
			CatalogSearchProperties properties) {
		return new SynonymStore(mongo, clock.getIfAvailable(Clock::systemUTC), properties.synonymRefresh());
	}

	@Bean
	@ConditionalOnMissingBean
	CatalogSearch catalogSearch(ElasticsearchAsyncClient client, CatalogIndexProperties index, SynonymStore synonyms,
			CatalogSearchProperties properties) {
		return new ElasticsearchCatalogSearch(client, index.alias(), synonyms, properties.cursorSecret());
	}

	/** Writes the default synonym groups into an empty collection, once, at start. */
	@Bean
	ApplicationRunner synonymSeeder(SynonymStore synonyms, CatalogSearchProperties properties) {
		return (args) -> {
			if (properties.seedSynonyms()) {
				synonyms.seedDefaults().block(Duration.ofMinutes(1));
			}
		};
	}

}
