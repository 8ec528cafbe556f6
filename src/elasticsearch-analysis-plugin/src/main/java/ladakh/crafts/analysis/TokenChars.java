package ladakh.crafts.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The {@code token_chars} of the n-gram tokenizers: which character classes belong to a
 * token (everything else splits). An empty list keeps every character.
 */
final class TokenChars {

	private TokenChars() {
	}

	static IntPredicate parse(List<String> classes, String customTokenChars) {
		IntPredicate matcher = null;
		for (String tokenClass : classes) {
			IntPredicate next = forClass(tokenClass.toLowerCase(Locale.ROOT).trim(), customTokenChars);
			matcher = (matcher != null) ? matcher.or(next) : next;
		}
		return (matcher != null) ? matcher : (codePoint) -> true;
	}

	private static IntPredicate forClass(String tokenClass, String customTokenChars) {
		return switch (tokenClass) {
			case "letter" -> Character::isLetter;
			case "digit" -> Character::isDigit;
			case "whitespace" -> Character::isWhitespace;
			case "punctuation" -> TokenChars::isPunctuation;
			case "symbol" -> TokenChars::isSymbol;
			case "custom" -> {
				if (customTokenChars == null || customTokenChars.isEmpty()) {
					throw new IllegalArgumentException("Token type [custom] requires [custom_token_chars] to be set");
				}
				yield (codePoint) -> customTokenChars.codePoints().anyMatch((c) -> c == codePoint);
			}
			default -> throw new IllegalArgumentException("Unknown token type: '" + tokenClass
					+ "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
		};
	}

	private static boolean isPunctuation(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
					Character.FINAL_QUOTE_PUNCTUATION ->
				true;
			default -> false;
		};
	}

	private static boolean isSymbol(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL ->
				true;
			default -> false;
		};
	}

}
