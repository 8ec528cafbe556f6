package ladakh.crafts.marketplace.shared;

import java.util.Locale;
import java.util.Map;

/**
 * A text stored in English and Hindi ({@code {en, hi}} in MongoDB). English is always the
 * fallback: Hindi is optional for listings.
 */
public record LocalizedText(String en, String hi) {

	public static LocalizedText of(Object stored) {
		if (stored instanceof Map<?, ?> map) {
			return new LocalizedText(text(map.get("en")), text(map.get("hi")));
		}
		return new LocalizedText(text(stored), null);
	}

	public String in(Locale locale) {
		if ("hi".equals(locale.getLanguage()) && this.hi != null && !this.hi.isBlank()) {
			return this.hi;
		}
		return (this.en != null) ? this.en : "";
	}

	/** True when a Hindi reader gets the English text because there is no Hindi one. */
	public boolean englishOnlyFor(Locale locale) {
		return "hi".equals(locale.getLanguage()) && (this.hi == null || this.hi.isBlank()) && this.en != null
				&& !this.en.isBlank();
	}

	private static String text(Object value) {
		return (value instanceof String string) ? string : null;
	}

}
