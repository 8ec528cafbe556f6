package ladakh.crafts.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term was already seen: in the whole stream, or only among tokens
 * stacked at the same position.
 */
final class UniqueTokenFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

	private final CharArraySet seen = new CharArraySet(8, false);

	private final boolean onlyOnSamePosition;

	UniqueTokenFilter(TokenStream input, boolean onlyOnSamePosition) {
		super(input);
		this.onlyOnSamePosition = onlyOnSamePosition;
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			if (this.onlyOnSamePosition && this.positionIncrement.getPositionIncrement() > 0) {
				this.seen.clear();
			}
			char[] buffer = this.term.buffer();
			int length = this.term.length();
			if (!this.seen.contains(buffer, 0, length)) {
				char[] copy = new char[length];
				System.arraycopy(buffer, 0, copy, 0, length);
				this.seen.add(copy);
				return true;
			}
		}
		return false;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.seen.clear();
	}

}
