package ladakh.crafts.marketplace.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import ladakh.crafts.embedded.EmbeddedMongo;
import ladakh.crafts.embedded.QueryScans;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan check fails on a deliberately unindexed query, passes once an index serves it,
 * and its allow-list only shrinks.
 */
class QueryScanCheckTests {

	/**
	 * Lines the allow-list may hold. Lower it when a line goes; raising it needs a reason
	 * in review, as adding a frozen ArchUnit violation does.
	 */
	private static final int ALLOWED_AT_MOST = 8;

	@Test
	void aDeliberatelyUnindexedQueryFailsTheCheck() {
		try (EmbeddedMongo server = EmbeddedMongo.inMemory("127.0.0.1", 0);
				MongoClient client = MongoClients.create(server.connectionString("scan-check"))) {
			MongoCollection<Document> probes = client.getDatabase("scan-check").getCollection("scan_probes");
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				documents.add(new Document("_id", i).append("colour", (i == 7) ? "red" : "grey"));
			}
			probes.insertMany(documents);
			List<QueryScans.Scan> before = QueryScanCheck.drain();
			try {
				assertThat(probes.find(Filters.eq("colour", "red")).into(new ArrayList<>())).hasSize(1);
				List<QueryScans.Scan> scans = ours(QueryScanCheck.drain(), before);
				AssertionError failure = QueryScanCheck.verdict(scans);

				assertThat(failure).isNotNull();
				assertThat(failure.getMessage())
					.contains("scan_probes find {\"colour\" : \"?\"} | examined 300, returned 1, no index");

				probes.createIndex(Indexes.ascending("colour"));
				assertThat(probes.find(Filters.eq("colour", "red")).into(new ArrayList<>())).hasSize(1);
				assertThat(QueryScanCheck.verdict(ours(QueryScanCheck.drain(), before))).isNull();
			}
			finally {
				QueryScanCheck.requeue(before);
			}
		}
	}

	@Test
	void theAllowListOnlyShrinksAndSaysWhy() {
		Map<String, String> allowed = QueryScanCheck.allowed();

		assertThat(allowed).hasSizeLessThanOrEqualTo(ALLOWED_AT_MOST);
		assertThat(allowed).allSatisfy((key, why) -> assertThat(why).as(key).isNotBlank());
	}

	/** The probe's scans; any other (a background task's) goes back to the check. */
	private static List<QueryScans.Scan> ours(List<QueryScans.Scan> scans, List<QueryScans.Scan> others) {
		List<QueryScans.Scan> probes = new ArrayList<>();
		for (QueryScans.Scan scan : scans) {
			(scan.namespace().startsWith("scan-check.") ? probes : others).add(scan);
		}
		return probes;
	}

}
