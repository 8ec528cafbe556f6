package ladakh.crafts.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Parses Solr-format synonym rules through the analyzer of the chain they belong to.
 */
final class SynonymRules {

	private SynonymRules() {
	}

	/**
	 * @param lenient skip rules that cannot be analysed (for example a rule that a
	 * preceding filter turns into no token) instead of failing the whole index
	 */
	static SynonymMap parse(List<String> rules, boolean expand, boolean lenient, Analyzer analyzer) {
		SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
		try {
			if (lenient) {
				for (String rule : rules) {
					parseLeniently(parser, rule);
				}
			}
			else {
				parser.parse(new StringReader(String.join("\n", rules)));
			}
			return parser.build();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("failed to build synonyms: " + ex.getMessage()
					+ " (set lenient: true to skip rules that cannot be parsed)", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void parseLeniently(SolrSynonymParser parser, String rule) throws IOException {
		try {
			parser.parse(new StringReader(rule));
		}
		catch (ParseException | IllegalArgumentException ex) {
			// lenient: this rule is dropped, the others still apply
		}
	}

}
