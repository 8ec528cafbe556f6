package ladakh.crafts.marketplace.shared;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@Test
	void picksTheReadersLanguage() {
		LocalizedText text = LocalizedText.of(Map.of("en", "Pashmina shawl", "hi", "पश्मीना शॉल"));
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Pashmina shawl");
		assertThat(text.in(HINDI)).isEqualTo("पश्मीना शॉल");
	}

	@Test
	void fallsBackToEnglishWhenHindiIsMissingOrBlank() {
		assertThat(LocalizedText.of(Map.of("en", "Papu shoes")).in(HINDI)).isEqualTo("Papu shoes");
		assertThat(LocalizedText.of(Map.of("en", "Papu shoes", "hi", " ")).in(HINDI)).isEqualTo("Papu shoes");
	}

	@Test
	void readsAPlainStringAsEnglishAndNothingAsEmpty() {
		assertThat(LocalizedText.of("Namda").in(HINDI)).isEqualTo("Namda");
		assertThat(LocalizedText.of(null).in(Locale.ENGLISH)).isEmpty();
	}

}
