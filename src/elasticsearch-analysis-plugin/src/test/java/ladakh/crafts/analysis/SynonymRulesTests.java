package ladakh.crafts.analysis;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SynonymRulesTests {

	private final Analyzer chain = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new WhitespaceTokenizer();
			return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
		}
	};

	@Test
	void rulesAreAnalysedLikeTheTextSoDifferentCaseAndAccentsStillMatch() {
		SynonymMap map = SynonymRules.parse(List.of("Thangka, THANKA, Tangkā"), true, false, this.chain);

		assertThat(analyseWithSynonyms(map, "Tangka")).containsExactlyInAnyOrder("tangka", "thangka", "thanka");
	}

	@Test
	void explicitMappingReplacesTheLeftSide() {
		SynonymMap map = SynonymRules.parse(List.of("Lena => pashmina"), true, false, this.chain);

		assertThat(analyseWithSynonyms(map, "lena shawl")).containsExactly("pashmina", "shawl");
	}

	@Test
	void withoutExpandEveryVariantMapsToTheFirst() {
		SynonymMap map = SynonymRules.parse(List.of("pashmina, pashm, lena"), false, false, this.chain);

		assertThat(analyseWithSynonyms(map, "pashm")).containsExactly("pashmina");
	}

	@Test
	void anUnparseableRuleFailsUnlessLenient() {
		List<String> rules = List.of("thangka, thanka", "thangka => thanka => tangka");

		assertThatIllegalArgumentException().isThrownBy(() -> SynonymRules.parse(rules, true, false, this.chain))
			.withMessageContaining("lenient");
		SynonymMap map = SynonymRules.parse(rules, true, true, this.chain);
		assertThat(analyseWithSynonyms(map, "thanka")).containsExactlyInAnyOrder("thangka", "thanka");
	}

	private List<String> analyseWithSynonyms(SynonymMap map, String text) {
		Analyzer withSynonyms = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new WhitespaceTokenizer();
				TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
				return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(folded, map, false));
			}
		};
		return Tokens.of(withSynonyms, text);
	}

}
