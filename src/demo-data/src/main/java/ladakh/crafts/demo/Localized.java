package ladakh.crafts.demo;

import java.util.Objects;

/**
 * A text in English and, where written, in Hindi (Devanagari).
 *
 * @param en the English text, never {@code null}
 * @param hi the Hindi text, or {@code null} where none is written yet
 */
public record Localized(String en, String hi) {

	public Localized {
		Objects.requireNonNull(en, "en");
	}

}
