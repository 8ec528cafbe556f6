package ladakh.crafts.catalog.sync;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer against the local node, with its trimmed bulk answers: items the index
 * refuses are named with their reason, a newer version already there counts as written.
 */
@SyncTest
class IndexWriterTests {

	@Autowired
	ElasticsearchClient elasticsearch;

	private final String index = "test-writer-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void dropIndex() throws Exception {
		this.elasticsearch.indices().delete((d) -> d.index(this.index).ignoreUnavailable(true));
	}

	@Test
	void itemsTheIndexRefusesAreNamedAndOlderVersionsCountAsWritten() throws Exception {
		// A strict mapping that knows only the title: every listing document is refused.
		this.elasticsearch.indices()
			.create((c) -> c.index(this.index)
				.withJson(new StringReader("{\"mappings\": {\"dynamic\": \"strict\", \"properties\": "
						+ "{\"title\": {\"type\": \"object\", \"enabled\": false}}}}")));
		IndexWriter writer = new IndexWriter(this.elasticsearch);
		IndexWriter.Outcome refused = writer.write(List.of(document("lst-w-1", 3), document("lst-w-2", 3)),
				List.of(this.index), true, false);
		assertThat(refused.written()).isEmpty();
		assertThat(refused.failed()).containsOnlyKeys("lst-w-1", "lst-w-2");
		assertThat(refused.failed().get("lst-w-1")).contains(this.index, "strict_dynamic_mapping_exception");
	}

	@Test
	void elasticsearchsOwnTimeIsReadWhetherOrNotItemsFailed() throws Exception {
		// Elasticsearch 8 writes "errors" before "took".
		IndexWriter.Answer clean = IndexWriter.read(answer("""
				{"errors":false,"took":42,"items":[{"index":{"_id":"a","status":201}}]}"""));
		assertThat(clean.tookMillis()).isEqualTo(42);
		assertThat(clean.refused()).isEmpty();
		IndexWriter.Answer refused = IndexWriter.read(
				answer("""
						{"took":7,"errors":true,"items":[{"index":{"_id":"a","status":201}},
						{"index":{"_id":"b","status":400,"error":{"type":"mapper_parsing_exception","reason":"bad"}}},
						{"index":{"_id":"c","status":409,"error":{"type":"version_conflict_engine_exception","reason":"old"}}}]}"""));
		assertThat(refused.tookMillis()).isEqualTo(7);
		assertThat(refused.refused()).containsOnlyKeys("b");
	}

	private static InputStream answer(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aNewerVersionAlreadyIndexedCountsAsWritten() throws Exception {
		this.elasticsearch.indices().create((c) -> c.index(this.index));
		IndexWriter writer = new IndexWriter(this.elasticsearch);
		assertThat(writer.write(List.of(document("lst-w-3", 5)), List.of(this.index), true, false).written())
			.containsExactly("lst-w-3");
		IndexWriter.Outcome stale = writer.write(List.of(document("lst-w-3", 4), document("lst-w-4", 1)),
				List.of(this.index), true, false);
		assertThat(stale.written()).containsExactlyInAnyOrder("lst-w-3", "lst-w-4");
		assertThat(stale.failed()).isEmpty();
		assertThat(this.elasticsearch.get((g) -> g.index(this.index).id("lst-w-3"), ListingDocument.class).version())
			.isEqualTo(5L);
	}

	private static ListingDocument document(String id, long rev) {
		Document listing = new Document("_id", id).append("rev", rev)
			.append("status", "PUBLISHED")
			.append("title", new Document("en", "Copper kettle " + id))
			.append("craft", "metal-craft")
			.append("priceMinor", 450_000L)
			.append("sellerId", "art-w-1");
		Document seller = new Document("_id", "art-w-1").append("status", "ACTIVE").append("type", "ARTISAN");
		return new ListingDocuments(Clock.systemUTC()).build(listing, seller, null, List.of());
	}

}
