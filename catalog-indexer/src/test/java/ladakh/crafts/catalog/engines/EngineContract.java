package ladakh.crafts.catalog.engines;

import java.io.StringReader;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application relies on from MongoDB and Elasticsearch. Run against the embedded
 * engines everywhere, and against real server images where Docker exists, so both behave
 * the same.
 */
abstract class EngineContract {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	MongoPingHealthIndicator mongoHealth;

	@Autowired
	ElasticsearchClusterHealthIndicator elasticsearchHealth;

	@Test
	void bothEnginesReportUp() {
		assertThat(this.mongoHealth.health().block().getStatus()).isEqualTo(Status.UP);
		assertThat(this.elasticsearchHealth.health().block().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void mongoConditionalDecrementSellsExactlyTheStock() {
		String collection = "contract_stock";
		Mono<Void> setUp = this.mongo.dropCollection(collection)
			.then(this.mongo.getCollection(collection))
			.flatMap((c) -> Mono.from(c.insertOne(new Document("_id", "lst-1").append("stock", 10))))
			.then();
		Mono<Long> sold = setUp
			.thenMany(Flux.range(0, 50)
				.flatMap((buyer) -> this.mongo.getCollection(collection)
					.flatMap((c) -> Mono.from(c.updateOne(Document.parse("{_id: 'lst-1', stock: {$gte: 1}}"),
							Document.parse("{$inc: {stock: -1}}"))))))
			.filter((result) -> result.getModifiedCount() == 1)
			.count();
		StepVerifier.create(sold).expectNext(10L).verifyComplete();
	}

	@Test
	void mongoUniqueIndexRejectsASecondKey() {
		String collection = "contract_events";
		Mono<Void> second = this.mongo.dropCollection(collection)
			.then(this.mongo.getCollection(collection))
			.flatMap((c) -> Mono.from(c.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true)))
				.then(Mono.from(c.insertOne(new Document("eventId", "evt_1"))))
				.then(Mono.from(c.insertOne(new Document("eventId", "evt_1")))))
			.then();
		StepVerifier.create(second).expectError(MongoWriteException.class).verify();
	}

	@Test
	void elasticsearchFoldsAccentsAndMatchesCraftSpellings() throws Exception {
		String index = "contract-analysis";
		if (this.elasticsearch.indices().exists((e) -> e.index(index)).value()) {
			this.elasticsearch.indices().delete((d) -> d.index(index));
		}
		this.elasticsearch.indices()
			.create((c) -> c.index(index)
				.withJson(new StringReader(
						"""
								{"settings": {"analysis": {
								  "filter": {
								    "craft_synonyms": {"type": "synonym_graph", "synonyms": ["Thangka, thanka, tangka", "Pashmina, pashm, lena"]},
								    "prefixes": {"type": "edge_ngram", "min_gram": 2, "max_gram": 10}
								  },
								  "analyzer": {
								    "folded": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
								    "craft_search": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding", "craft_synonyms"]},
								    "prefix": {"tokenizer": "standard", "filter": ["lowercase", "prefixes"]}
								  }}},
								 "mappings": {"properties": {"title": {"type": "text", "analyzer": "folded", "search_analyzer": "craft_search"}}}}
								""")));
		assertThat(tokens(index, "folded", "Ladākh Pashmīna")).containsExactly("ladakh", "pashmina");
		assertThat(tokens(index, "prefix", "namda")).contains("na", "nam", "namd", "namda");
		this.elasticsearch.index((i) -> i.index(index)
			.id("1")
			.document(new Title("Thangka of Green Tara"))
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		long hits = this.elasticsearch
			.search((s) -> s.index(index).query((q) -> q.match((m) -> m.field("title").query("TANGKA"))), Title.class)
			.hits()
			.total()
			.value();
		assertThat(hits).isEqualTo(1);
	}

	private List<String> tokens(String index, String analyzer, String text) throws Exception {
		AnalyzeResponse response = this.elasticsearch.indices()
			.analyze((a) -> a.index(index).analyzer(analyzer).text(text));
		return response.tokens().stream().map(AnalyzeToken::token).toList();
	}

	record Title(String title) {
	}

}
