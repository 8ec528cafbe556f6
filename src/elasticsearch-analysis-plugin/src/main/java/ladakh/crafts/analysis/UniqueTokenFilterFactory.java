package ladakh.crafts.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code unique} with {@code only_on_same_position}.
 */
final class UniqueTokenFilterFactory extends AbstractTokenFilterFactory {

	private final boolean onlyOnSamePosition;

	UniqueTokenFilterFactory(String name, Settings settings) {
		super(name, settings);
		this.onlyOnSamePosition = settings.getAsBoolean("only_on_same_position", false);
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new UniqueTokenFilter(tokenStream, this.onlyOnSamePosition);
	}

}
