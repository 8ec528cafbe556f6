package ladakh.crafts.analysis;

import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the token filters and tokenizers of Elasticsearch's {@code analysis-common}
 * module that the catalog index uses, under the same names and parameters, so that one
 * index definition serves both the stripped local node and a full Elasticsearch.
 * <p>
 * Names the node's core already provides are left alone ({@code lowercase} is a
 * pre-configured core filter, {@code standard} a core tokenizer): registering a name
 * twice stops the node from starting.
 */
public class LadakhAnalysisPlugin extends Plugin implements AnalysisPlugin {

	@Override
	public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
		Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
		filters.put("asciifolding", (index, env, name, settings) -> new AsciiFoldingTokenFilterFactory(name, settings));
		filters.put("edge_ngram", (index, env, name, settings) -> NGramTokenFilterFactory.edge(index, name, settings));
		filters.put("ngram", (index, env, name, settings) -> NGramTokenFilterFactory.plain(index, name, settings));
		filters.put("synonym", AnalysisPlugin.requiresAnalysisSettings(
				(index, env, name, settings) -> new SynonymTokenFilterFactory(env, name, settings, false)));
		filters.put("synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
				(index, env, name, settings) -> new SynonymTokenFilterFactory(env, name, settings, true)));
		filters.put("indic_normalization", (index, env, name, settings) -> SimpleTokenFilterFactory.of(name, settings,
				IndicNormalizationFilter::new, true));
		filters.put("hindi_normalization", (index, env, name, settings) -> SimpleTokenFilterFactory.of(name, settings,
				HindiNormalizationFilter::new, true));
		filters.put("decimal_digit", (index, env, name, settings) -> SimpleTokenFilterFactory.of(name, settings,
				DecimalDigitFilter::new, true));
		filters.put("trim",
				(index, env, name, settings) -> SimpleTokenFilterFactory.of(name, settings, TrimFilter::new, true));
		filters.put("unique", (index, env, name, settings) -> new UniqueTokenFilterFactory(name, settings));
		filters.put("word_delimiter_graph",
				(index, env, name, settings) -> new WordDelimiterGraphTokenFilterFactory(env, name, settings));
		filters.put("stemmer", (index, env, name, settings) -> StemmerTokenFilterFactory.of(name, settings));
		filters.put("porter_stem", (index, env, name, settings) -> SimpleTokenFilterFactory.of(name, settings,
				PorterStemFilter::new, false));
		return filters;
	}

	@Override
	public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
		Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new TreeMap<>();
		tokenizers.put("whitespace", (index, env, name, settings) -> {
			int maxTokenLength = settings.getAsInt("max_token_length", 255);
			return TokenizerFactory.newFactory(name,
					() -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength));
		});
		tokenizers.put("keyword", (index, env, name, settings) -> {
			int bufferSize = settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE);
			return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
		});
		tokenizers.put("edge_ngram", (index, env, name, settings) -> NGramTokenizerFactory.edge(index, name, settings));
		tokenizers.put("ngram", (index, env, name, settings) -> NGramTokenizerFactory.plain(index, name, settings));
		return tokenizers;
	}

}
