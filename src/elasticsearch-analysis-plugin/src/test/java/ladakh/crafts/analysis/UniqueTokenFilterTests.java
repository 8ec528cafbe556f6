package ladakh.crafts.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueTokenFilterTests {

	@Test
	void dropsRepeatedTermsAcrossTheStream() throws IOException {
		assertThat(unique("pashmina shawl pashmina stole shawl", false)).containsExactly("pashmina", "shawl", "stole");
	}

	@Test
	void onlyOnSamePositionKeepsRepeatsAtLaterPositions() throws IOException {
		assertThat(unique("pashmina shawl pashmina", true)).containsExactly("pashmina", "shawl", "pashmina");
	}

	@Test
	void onlyOnSamePositionDropsAStackedDuplicate() throws IOException {
		Tokenizer tokenizer = new WhitespaceTokenizer();
		tokenizer.setReader(new StringReader("ladakh Ladākh"));
		// folding with preserve_original stacks "ladakh" on "ladakh": one of them must go
		List<String> tokens = Tokens.of(new UniqueTokenFilter(new ASCIIFoldingFilter(tokenizer, true), true));
		assertThat(tokens).containsExactly("ladakh", "Ladakh", "Ladākh");
	}

	private List<String> unique(String text, boolean onlyOnSamePosition) throws IOException {
		Tokenizer tokenizer = new WhitespaceTokenizer();
		tokenizer.setReader(new StringReader(text));
		return Tokens.of(new UniqueTokenFilter(tokenizer, onlyOnSamePosition));
	}

}
