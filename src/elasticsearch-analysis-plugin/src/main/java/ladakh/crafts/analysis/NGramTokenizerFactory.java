package ladakh.crafts.analysis;

import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * {@code edge_ngram} and {@code ngram} tokenizers with {@code min_gram},
 * {@code max_gram}, {@code token_chars} and {@code custom_token_chars}.
 */
final class NGramTokenizerFactory extends AbstractTokenizerFactory {

	private final boolean edge;

	private final int minGram;

	private final int maxGram;

	private final IntPredicate tokenChars;

	private NGramTokenizerFactory(IndexSettings index, String name, Settings settings, boolean edge) {
		super(index, settings, name);
		this.edge = edge;
		this.minGram = settings.getAsInt("min_gram", 1);
		this.maxGram = settings.getAsInt("max_gram", 2);
		this.tokenChars = TokenChars.parse(settings.getAsList("token_chars", List.of()),
				settings.get("custom_token_chars"));
		NGramLimits.check(name, this.minGram, this.maxGram);
	}

	static TokenizerFactory edge(IndexSettings index, String name, Settings settings) {
		return new NGramTokenizerFactory(index, name, settings, true);
	}

	static TokenizerFactory plain(IndexSettings index, String name, Settings settings) {
		NGramTokenizerFactory factory = new NGramTokenizerFactory(index, name, settings, false);
		NGramLimits.checkDifference(name, factory.minGram, factory.maxGram, index.getMaxNgramDiff());
		return factory;
	}

	@Override
	public Tokenizer create() {
		IntPredicate matcher = this.tokenChars;
		if (this.edge) {
			return new EdgeNGramTokenizer(this.minGram, this.maxGram) {
				@Override
				protected boolean isTokenChar(int chr) {
					return matcher.test(chr);
				}
			};
		}
		return new NGramTokenizer(this.minGram, this.maxGram) {
			@Override
			protected boolean isTokenChar(int chr) {
				return matcher.test(chr);
			}
		};
	}

}
