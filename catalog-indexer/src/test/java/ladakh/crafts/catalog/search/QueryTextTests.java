package ladakh.crafts.catalog.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries are split into words and synonym-group phrases the way the index would read
 * them: case, accents and Devanagari spelling variants do not matter.
 */
class QueryTextTests {

	private static final List<SynonymGroup> DEFAULTS = DefaultSynonyms.groups(Instant.EPOCH);

	@ParameterizedTest(name = "\"{0}\" belongs to group {1}")
	@CsvSource({ "thanka, thangka", "TANGKA, thangka", "Thanká, thangka", "pashm, pashmina", "lena, pashmina",
			"पश्मीना, pashmina", "पशमीना, pashmina", "numdah, namda", "pabu, papu", "filigiri, filigree",
			"फ़िलिग्री, filigree", "mani stones, mani-stone-carving", "mani stone carving, mani-stone-carving",
			"gonchas, goncha", "tigma, thigma" })
	void aSpellingIsRecognisedAsItsGroup(String typed, String group) {
		List<QueryText.Segment> segments = QueryText.segments(typed, DEFAULTS);
		assertThat(segments).hasSize(1);
		assertThat(segments.get(0).group()).isNotNull();
		assertThat(segments.get(0).group().id()).isEqualTo(group);
	}

	@Test
	void theLongestGroupPhraseWinsAndOtherWordsStayPlain() {
		List<QueryText.Segment> segments = QueryText.segments("old mani stone carving of a yak", DEFAULTS);
		assertThat(segments).extracting(QueryText.Segment::text).containsExactly("old", "mani stone carving", "yak");
		assertThat(segments.get(1).group().id()).isEqualTo("mani-stone-carving");
		assertThat(segments.get(0).group()).isNull();
	}

}
