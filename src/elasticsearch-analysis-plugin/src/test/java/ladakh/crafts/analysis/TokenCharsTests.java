package ladakh.crafts.analysis;

import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenCharsTests {

	@Test
	void noClassesKeepsEveryCharacter() {
		IntPredicate matcher = TokenChars.parse(List.of(), null);

		assertThat(" -a1".chars().allMatch(matcher)).isTrue();
	}

	@Test
	void lettersAndDigitsSplitOnWhitespaceAndPunctuation() {
		IntPredicate matcher = TokenChars.parse(List.of("letter", "digit"), null);

		assertThat("aā९7".codePoints().allMatch(matcher)).isTrue();
		assertThat(" -,.".chars().noneMatch(matcher)).isTrue();
	}

	@Test
	void customCharactersJoinTheToken() {
		IntPredicate matcher = TokenChars.parse(List.of("letter", "custom"), "-");

		assertThat(matcher.test('-')).isTrue();
		assertThat(matcher.test('_')).isFalse();
	}

	@Test
	void anUnknownClassIsRejectedWithTheAllowedOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenChars.parse(List.of("emoji"), null))
			.withMessageContaining("letter, digit, whitespace, punctuation, symbol, custom");
	}

}
