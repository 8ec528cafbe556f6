package ladakh.crafts.analysis;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * A parameterless filter. Character-level normalisers also serve keyword normalizers.
 */
final class SimpleTokenFilterFactory extends AbstractTokenFilterFactory {

	private final UnaryOperator<TokenStream> filter;

	private SimpleTokenFilterFactory(String name, Settings settings, UnaryOperator<TokenStream> filter) {
		super(name, settings);
		this.filter = filter;
	}

	static TokenFilterFactory of(String name, Settings settings, UnaryOperator<TokenStream> filter,
			boolean normalizing) {
		return normalizing ? new Normalizing(name, settings, filter)
				: new SimpleTokenFilterFactory(name, settings, filter);
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return this.filter.apply(tokenStream);
	}

	private static final class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

		private final UnaryOperator<TokenStream> filter;

		Normalizing(String name, Settings settings, UnaryOperator<TokenStream> filter) {
			super(name, settings);
			this.filter = filter;
		}

		@Override
		public TokenStream create(TokenStream tokenStream) {
			return this.filter.apply(tokenStream);
		}

	}

}
