package ladakh.crafts.catalog.search;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import ladakh.crafts.catalog.CatalogIndexerApplication;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static ladakh.crafts.catalog.search.TestIndex.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff edit the synonym groups in MongoDB and searches follow without a restart or a
 * reindex; the defaults are written once into an empty collection.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-search-synonyms",
				// These tests index documents themselves; the sync would race them for
				// the alias.
				"marketplace.catalog.sync.enabled=false" })
class SynonymEditingTests {

	@Autowired
	CatalogSearch search;

	@Autowired
	SynonymStore synonyms;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	@Autowired
	CatalogIndexProperties index;

	@Test
	void addingEditingAndDeletingAGroupChangesResultsAtOnce() {
		new TestIndex(this.elasticsearch, this.index.alias()).recreate()
			.index(List.of(listing("churn-1").title("Gurgur tea churn").build()));
		this.synonyms.delete("gurgur").block();
		assertThat(ids("dongmo")).isEmpty();

		SynonymGroup added = this.synonyms.add(List.of("gurgur", "dongmo"), "usr-test-officer").block();
		assertThat(added.id()).isEqualTo("gurgur");
		assertThat(ids("dongmo")).containsExactly("churn-1");

		this.synonyms.update("gurgur", List.of("gurgur", "chaso"), "usr-test-officer").block();
		assertThat(ids("dongmo")).isEmpty();
		assertThat(ids("chaso")).containsExactly("churn-1");

		this.synonyms.delete("gurgur").block();
		assertThat(ids("chaso")).isEmpty();
	}

	@Test
	void anotherInstanceSeesAnEditWhenItsCacheIsRenewed() {
		// Another web instance: it was not told about the edit and has no cache to wait
		// for.
		SynonymStore elsewhere = new SynonymStore(this.mongo, java.time.Clock.systemUTC(), java.time.Duration.ZERO);
		this.synonyms.delete("skyu").block();
		assertThat(elsewhere.groups().block()).extracting(SynonymGroup::id).doesNotContain("skyu");
		this.synonyms.add(List.of("skyu", "skyoo"), "usr-test-officer").block();
		assertThat(elsewhere.groups().block()).extracting(SynonymGroup::id).contains("skyu");
		this.synonyms.delete("skyu").block();
	}

	@Test
	void defaultsAreSeededOnceAndKeptWhenStaffHaveEditedThem() {
		this.synonyms.seedDefaults().block();
		List<SynonymGroup> groups = this.synonyms.groups().block();
		assertThat(groups).extracting(SynonymGroup::id)
			.contains("thangka", "pashmina", "namda", "papu", "filigree", "mani-stone-carving");
		assertThat(this.synonyms.seedDefaults().block()).isZero();
		assertThat(this.synonyms.groups().block()).hasSameSizeAs(groups);
	}

	@Test
	void aGroupNeedsTwoDifferentSpellings() {
		assertThatThrownBy(() -> this.synonyms.add(List.of("thangka", " Thangka "), "usr-test-officer").block())
			.isInstanceOf(InvalidSynonymGroupException.class);
		assertThatThrownBy(() -> this.synonyms.add(List.of("thangka", "thanka"), "usr-test-officer").block())
			.isInstanceOf(InvalidSynonymGroupException.class)
			.hasMessageContaining("exists already");
	}

	private List<String> ids(String words) {
		return this.search
			.search(new SearchQuery(words, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 1, 20, null))
			.block()
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

}
