package ladakh.crafts.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code edge_ngram} (prefixes, for search-as-you-type) and {@code ngram} token filters
 * with {@code min_gram}, {@code max_gram} and {@code preserve_original}.
 */
final class NGramTokenFilterFactory extends AbstractTokenFilterFactory {

	private final boolean edge;

	private final int minGram;

	private final int maxGram;

	private final boolean preserveOriginal;

	private NGramTokenFilterFactory(String name, Settings settings, boolean edge) {
		super(name, settings);
		this.edge = edge;
		this.minGram = settings.getAsInt("min_gram", 1);
		this.maxGram = settings.getAsInt("max_gram", 2);
		this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
		NGramLimits.check(name, this.minGram, this.maxGram);
	}

	static TokenFilterFactory edge(IndexSettings index, String name, Settings settings) {
		return new NGramTokenFilterFactory(name, settings, true);
	}

	static TokenFilterFactory plain(IndexSettings index, String name, Settings settings) {
		NGramTokenFilterFactory factory = new NGramTokenFilterFactory(name, settings, false);
		NGramLimits.checkDifference(name, factory.minGram, factory.maxGram, index.getMaxNgramDiff());
		return factory;
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return this.edge ? new EdgeNGramTokenFilter(tokenStream, this.minGram, this.maxGram, this.preserveOriginal)
				: new NGramTokenFilter(tokenStream, this.minGram, this.maxGram, this.preserveOriginal);
	}

	@Override
	public TokenFilterFactory getSynonymFilter() {
		throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
	}

}
