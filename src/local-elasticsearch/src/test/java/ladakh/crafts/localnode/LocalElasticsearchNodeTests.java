package ladakh.crafts.localnode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One real node for the whole class: starting one takes 10 to 20 seconds.
 */
class LocalElasticsearchNodeTests {

	private static LocalElasticsearchNode node;

	private static NodeHttp http;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearchNode.launch(TestNodes.settings()).awaitHealthy();
		http = new NodeHttp(node.httpUri());
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void startedNodeAnswersClusterHealth() {
		NodeHttp.Response health = http.get("/_cluster/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
		assertThat(node.isRunning()).isTrue();
	}

	@Test
	void nodeRunsAsTheSystemUserWhenThisJvmIsRootAndAsTheCurrentUserOtherwise() throws IOException {
		boolean root = "0".equals(Commands.run("id", "-u").output());
		String expected = root ? TestNodes.settings().systemUser() : System.getProperty("user.name");

		String owner = Files.getOwner(Path.of("/proc/" + node.pid())).getName();

		assertThat(owner).isEqualTo(expected).isNotEqualTo(root ? "root" : null);
		assertThat(node.runsAs()).isEqualTo(root ? Optional.of(expected) : Optional.empty());
	}

	@Test
	void asciifoldingFoldsTheLongVowelOfLadakh() {
		assertThat(http.analyze("""
				{"tokenizer": "standard", "filter": ["lowercase", "asciifolding"], "text": "Ladākh"}
				""")).containsExactly("ladakh");
	}

	@Test
	void asciifoldingCanPreserveTheOriginalBesideTheFoldedForm() {
		assertThat(http.analyze(
				"""
						{"tokenizer": "whitespace", "filter": ["lowercase", {"type": "asciifolding", "preserve_original": true}],
						 "text": "Ladākh"}
						"""))
			.containsExactly("ladakh", "ladākh");
	}

	@Test
	void edgeNgramGivesThePrefixesOfPashmina() {
		assertThat(http.analyze("""
				{"tokenizer": "standard", "filter": [{"type": "edge_ngram", "min_gram": 2, "max_gram": 5}],
				 "text": "pashmina"}
				""")).containsExactly("pa", "pas", "pash", "pashm");
	}

	@Test
	void edgeNgramTokenizerSplitsOnCharactersOutsideTokenChars() {
		assertThat(http.analyze("""
				{"tokenizer": {"type": "edge_ngram", "min_gram": 3, "max_gram": 4, "token_chars": ["letter"]},
				 "text": "pashm-lena"}
				""")).containsExactly("pas", "pash", "len", "lena");
	}

	@Test
	void synonymGraphMapsAcrossSpellingsEvenWhenTheRulesAreWrittenInAnotherCase() {
		String request = """
				{"tokenizer": "standard",
				 "filter": ["lowercase", "asciifolding",
				   {"type": "synonym_graph", "synonyms": ["Thangka, THANKA, Tangkā", "PASHMINA, Pashm, lena"]}],
				 "text": "%s"}
				""";

		assertThat(http.analyze(request.formatted("TANGKA"))).containsExactlyInAnyOrder("thangka", "thanka", "tangka");
		assertThat(http.analyze(request.formatted("Lena"))).containsExactlyInAnyOrder("pashmina", "pashm", "lena");
		assertThat(http.analyze(request.formatted("shawl"))).containsExactly("shawl");
	}

	@Test
	void hindiNormalizationDropsTheNuktaAndShortensTheLongVowel() {
		// क़ालीन (carpet, with nukta and long ī) becomes कालिन
		assertThat(http.analyze(
				"""
						{"tokenizer": "standard", "filter": ["hindi_normalization"], "text": "\u0915\u093C\u093E\u0932\u0940\u0928"}
						"""))
			.containsExactly("\u0915\u093E\u0932\u093F\u0928");
	}

	@Test
	void hindiStemmerGivesAWordAndItsPluralOneStem() {
		String request = """
				{"tokenizer": "standard", "filter": [{"type": "stemmer", "language": "hindi"}], "text": "%s"}
				""";
		// कालीन (carpet) and कालीनों (carpets, oblique); झुमका and झुमके (earring,
		// earrings)
		List<String> carpet = http.analyze(request.formatted("\u0915\u093E\u0932\u0940\u0928"));
		assertThat(http.analyze(request.formatted("\u0915\u093E\u0932\u0940\u0928\u094B\u0902"))).isEqualTo(carpet);
		assertThat(http.analyze(request.formatted("\u091D\u0941\u092E\u0915\u093E")))
			.isEqualTo(http.analyze(request.formatted("\u091D\u0941\u092E\u0915\u0947")))
			.isNotEqualTo(carpet);
	}

	@Test
	void indicNormalizationComposesADecomposedVowelSign() {
		// अ + ा + ॅ written separately is the same letter as ऑ
		assertThat(http.analyze(
				"""
						{"tokenizer": "standard", "filter": ["indic_normalization"], "text": "\u0905\u093E\u0945\u092B\u093F\u0938"}
						"""))
			.containsExactly("\u0911\u092B\u093F\u0938");
	}

	@Test
	void indexWithTheCustomAnalyzerFindsADocumentByAVariantSpelling() {
		// the data directory outlives test runs
		http.delete("/crafts-search");
		NodeHttp.Response created = http.put("/crafts-search",
				"""
						{"settings": {"number_of_shards": 1, "number_of_replicas": 0,
						  "analysis": {
						    "filter": {
						      "folding": {"type": "asciifolding", "preserve_original": true},
						      "craft_synonyms": {"type": "synonym_graph", "synonyms": ["Thangka, THANKA, tangka"]}},
						    "analyzer": {
						      "craft_index": {"tokenizer": "standard", "filter": ["lowercase", "folding"]},
						      "craft_search": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding", "craft_synonyms"]}}}},
						 "mappings": {"properties": {
						   "title": {"type": "text", "analyzer": "craft_index", "search_analyzer": "craft_search"}}}}
						""");
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		NodeHttp.Response indexed = http.put("/crafts-search/_doc/1?refresh=true", """
				{"title": "Hand-painted Thangka of Green Tara from Ladākh"}
				""");
		assertThat(indexed.status()).as(indexed.body()).isEqualTo(201);

		assertThat(search("tangka").body()).contains("\"_id\":\"1\"");
		assertThat(search("LADAKH").body()).contains("\"_id\":\"1\"");
		assertThat(search("pashmina").body()).doesNotContain("\"_id\":\"1\"");
	}

	private NodeHttp.Response search(String text) {
		NodeHttp.Response response = http.post("/crafts-search/_search", """
				{"query": {"match": {"title": "%s"}}}
				""".formatted(text));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	@Test
	void launchingOnATakenPortFailsNamingThePort() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
			int port = taken.getLocalPort();
			LocalNodeSettings settings = TestNodes.settings(TestNodes.workDir().resolve("port-taken"))
				.withHttpPort(port);

			assertThatExceptionOfType(LocalNodeException.class)
				.isThrownBy(() -> LocalElasticsearchNode.launch(settings))
				.withMessageContaining("port " + port + " on 127.0.0.1 is in use")
				.withMessageContaining(LocalNodeSettings.PORT_VARIABLE);
		}
	}

	@Test
	void aJavaHomeWithoutJavaFailsBeforeStartingAndNamesTheMissingJava() {
		Path noJdk = TestNodes.workDir().resolve("no-jdk");
		LocalNodeSettings settings = TestNodes.settings(TestNodes.workDir().resolve("no-jdk-node")).withJavaHome(noJdk);

		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.launch(settings))
			.withMessageContaining("No JDK usable")
			.withMessageContaining(noJdk.resolve("bin/java").toString());
	}

	@Test
	void aMissingDistributionFailsNamingTheMavenCoordinates() {
		LocalNodeSettings settings = TestNodes.settings(TestNodes.workDir().resolve("no-distribution"))
			.withDistributionZip(TestNodes.workDir().resolve("no-such-elasticsearch.zip"));

		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(() -> LocalElasticsearchNode.launch(settings))
			.withMessageContaining("no-such-elasticsearch.zip")
			.withMessageContaining(
					"mvn dependency:get -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip")
			.withMessageContaining(LocalNodeSettings.DISTRIBUTION_VARIABLE);
	}

}
