package ladakh.crafts.analysis;

import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * {@code synonym} and {@code synonym_graph} with Solr-format rules, inline
 * ({@code synonyms}) or from a file under the node's config directory
 * ({@code synonyms_path}), and {@code expand} and {@code lenient}.
 * <p>
 * The rules only match if they are analysed exactly like the text they meet:
 * Elasticsearch therefore hands this factory the tokenizer and filters that precede it,
 * and the rules are parsed through them (lowercased, folded, ...). A factory that has not
 * been through {@link #getChainAwareTokenFilterFactory} refuses to create a filter.
 */
final class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

	private final boolean graph;

	private final boolean expand;

	private final boolean lenient;

	private final List<String> rules;

	SynonymTokenFilterFactory(Environment environment, String name, Settings settings, boolean graph) {
		super(name, settings);
		this.graph = graph;
		this.expand = settings.getAsBoolean("expand", true);
		this.lenient = settings.getAsBoolean("lenient", false);
		String format = settings.get("format", "solr");
		if (!"solr".equals(format)) {
			throw new IllegalArgumentException("[" + name + "] supports only the solr synonym format, not [" + format
					+ "]; write the rules as 'a, b, c' or 'a => b'");
		}
		this.rules = Analysis.getWordList(environment, settings, "synonyms");
		if (this.rules == null) {
			throw new IllegalArgumentException(
					"synonym requires either `synonyms` or `synonyms_path` to be configured on [" + name + "]");
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		throw new IllegalStateException(
				"Call getChainAwareTokenFilterFactory to specialize this factory for " + name());
	}

	@Override
	public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
			List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
			Function<String, TokenFilterFactory> allFilters) {
		TokenFilterFactory[] preceding = previousTokenFilters.stream()
			.map(TokenFilterFactory::getSynonymFilter)
			.toArray(TokenFilterFactory[]::new);
		try (Analyzer analyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]),
				preceding)) {
			SynonymMap map = SynonymRules.parse(this.rules, this.expand, this.lenient, analyzer);
			return new Chained(name(), map, this.graph);
		}
	}

	private static final class Chained implements TokenFilterFactory {

		private final String name;

		private final SynonymMap map;

		private final boolean graph;

		Chained(String name, SynonymMap map, boolean graph) {
			this.name = name;
			this.map = map;
			this.graph = graph;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		@SuppressWarnings("deprecation")
		public TokenStream create(TokenStream tokenStream) {
			if (this.map.fst == null) {
				return tokenStream;
			}
			return this.graph ? new SynonymGraphFilter(tokenStream, this.map, false)
					: new SynonymFilter(tokenStream, this.map, false);
		}

		@Override
		public TokenFilterFactory getSynonymFilter() {
			// A later synonym filter parses its rules without applying this one's.
			return IDENTITY_FILTER;
		}

	}

}
