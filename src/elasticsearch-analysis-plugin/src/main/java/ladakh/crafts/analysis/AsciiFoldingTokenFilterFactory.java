package ladakh.crafts.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code asciifolding}: "Ladākh" becomes "Ladakh"; {@code preserve_original} keeps the
 * accented form beside it at the same position.
 */
final class AsciiFoldingTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

	private final boolean preserveOriginal;

	AsciiFoldingTokenFilterFactory(String name, Settings settings) {
		this(name, settings, settings.getAsBoolean("preserve_original", false));
	}

	private AsciiFoldingTokenFilterFactory(String name, Settings settings, boolean preserveOriginal) {
		super(name, settings);
		this.preserveOriginal = preserveOriginal;
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new ASCIIFoldingFilter(tokenStream, this.preserveOriginal);
	}

	@Override
	public TokenStream normalize(TokenStream tokenStream) {
		// A normalizer must produce exactly one token per input token.
		return new ASCIIFoldingFilter(tokenStream, false);
	}

	@Override
	public TokenFilterFactory getSynonymFilter() {
		// Synonym rules are folded, but a stacked original would make the rule parser
		// fail.
		return this.preserveOriginal ? new AsciiFoldingTokenFilterFactory(name(), Settings.EMPTY, false) : this;
	}

}
