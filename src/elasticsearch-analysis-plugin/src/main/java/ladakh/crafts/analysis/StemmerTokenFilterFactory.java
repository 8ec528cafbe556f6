package ladakh.crafts.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code stemmer} for the English stemmers and the Hindi one, as {@code analysis-common}
 * names them (the catalog's text is English or Hindi; other languages are not needed).
 */
final class StemmerTokenFilterFactory {

	private StemmerTokenFilterFactory() {
	}

	static TokenFilterFactory of(String name, Settings settings) {
		String language = settings.get("language", settings.get("name", "porter"));
		UnaryOperator<TokenStream> stemmer = switch (language.toLowerCase(Locale.ROOT)) {
			case "english", "porter" -> PorterStemFilter::new;
			case "light_english" -> KStemFilter::new;
			case "minimal_english" -> EnglishMinimalStemFilter::new;
			case "possessive_english" -> EnglishPossessiveFilter::new;
			case "hindi" -> HindiStemFilter::new;
			default -> throw new IllegalArgumentException("[" + name + "] stemmer language [" + language
					+ "] is not available on this node; use english, light_english, minimal_english,"
					+ " possessive_english, porter or hindi");
		};
		return SimpleTokenFilterFactory.of(name, settings, stemmer, false);
	}

}
