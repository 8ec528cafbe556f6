package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An exhibition's days as people write them: "20–26 Sep 2026", "28 Sep – 3 Oct 2026", "28
 * Dec 2026 – 3 Jan 2027", or one day; month names in Hindi on Hindi pages.
 */
public final class ExhibitionDates {

	private ExhibitionDates() {
	}

	public static String span(LocalDate from, LocalDate to, Locale locale) {
		Locale language = "hi".equals(locale.getLanguage()) ? Locale.forLanguageTag("hi") : Locale.ENGLISH;
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d", language);
		DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", language);
		DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", language);
		if (from.equals(to)) {
			return full.format(from);
		}
		if (from.getYear() != to.getYear()) {
			return full.format(from) + " – " + full.format(to);
		}
		if (from.getMonth() != to.getMonth()) {
			return dayMonth.format(from) + " – " + full.format(to);
		}
		return day.format(from) + "–" + full.format(to);
	}

}
