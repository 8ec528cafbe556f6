package ladakh.crafts.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

final class Tokens {

	private Tokens() {
	}

	static List<String> of(Analyzer analyzer, String text) {
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			return of(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> of(TokenStream stream) throws IOException {
		CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
		List<String> tokens = new ArrayList<>();
		stream.reset();
		while (stream.incrementToken()) {
			tokens.add(term.toString());
		}
		stream.end();
		return tokens;
	}

}
