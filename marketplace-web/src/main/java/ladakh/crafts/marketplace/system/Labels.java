package ladakh.crafts.marketplace.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The templates' way to show a stored code as words, in the reader's language: registered
 * as the bean {@code labels}, so a page writes {@code ${@labels.scheme(centre.scheme,
 * #locale)}} rather than {@code DISTRICT_PLAN}. A code without a message is shown made
 * readable ("Border area"), never raw and never as a {@code ??key??}.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A training centre's funding scheme, e.g. {@code DISTRICT_PLAN}: "District plan".
	 */
	public String scheme(String code, Locale locale) {
		return code("scheme", code, locale);
	}

	/** A district code, e.g. {@code LEH}: "Leh" (लेह). */
	public String district(Object code, Locale locale) {
		return code("district", (code != null) ? code.toString() : null, locale);
	}

	/**
	 * A village, block or other place the department names: its Hindi name from the
	 * messages ({@code place.<Name>}), or as stored.
	 */
	public String place(String name, Locale locale) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return this.messages.getMessage("place." + name.strip().replace(' ', '_'), null, name, locale);
	}

	/**
	 * A training centre's name: the department names its centres "Handicraft Training
	 * Centre, &lt;village&gt;" or "Carpet Weaving Centre, &lt;village&gt;", which are
	 * said in Hindi too ({@code centre.kind.*}, {@code place.*}); any other name is shown
	 * as stored.
	 */
	public String centreName(String name, Locale locale) {
		if (name == null) {
			return "";
		}
		int comma = name.indexOf(", ");
		if (comma > 0) {
			String kind = name.substring(0, comma).replace(' ', '_');
			String said = this.messages.getMessage("centre.kind." + kind, null, null, locale);
			if (said != null) {
				return said + ", " + place(name.substring(comma + 2), locale);
			}
		}
		return name;
	}

	/** A state or union territory as written on an address, in the reader's language. */
	public String state(String name, Locale locale) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return this.messages.getMessage("state." + name.strip().replace(' ', '_'), null, name, locale);
	}

	/** A craft by its slug, from the crafts' own names, or the slug made readable. */
	public String craft(Map<String, LocalizedText> names, String slug, Locale locale) {
		LocalizedText name = (names != null && slug != null) ? names.get(slug) : null;
		return (name != null) ? name.in(locale) : humanize(slug);
	}

	/** Several crafts, joined with commas. */
	public String crafts(Map<String, LocalizedText> names, Collection<String> slugs, Locale locale) {
		if (slugs == null) {
			return "";
		}
		return slugs.stream().map((slug) -> craft(names, slug, locale)).collect(Collectors.joining(", "));
	}

	/**
	 * A day as people read it, "6 Dec 2026" (in Hindi for Hindi); takes a date or its ISO
	 * text.
	 */
	public String day(Object day, Locale locale) {
		LocalDate date = null;
		if (day instanceof LocalDate local) {
			date = local;
		}
		else if (day instanceof Instant instant) {
			date = IndiaTime.dayOf(instant);
		}
		else if (day != null) {
			try {
				date = LocalDate.parse(day.toString().strip());
			}
			catch (DateTimeParseException ex) {
				return day.toString();
			}
		}
		return (date != null) ? IndiaTime.day(date).in(locale) : "";
	}

	/**
	 * A month as people read it, "November 2026" (in Hindi for Hindi); takes a
	 * {@link java.time.YearMonth} or its text {@code 2026-11}.
	 */
	public String month(Object month, Locale locale) {
		if (month == null) {
			return "";
		}
		try {
			java.time.YearMonth read = (month instanceof java.time.YearMonth ym) ? ym
					: java.time.YearMonth.parse(month.toString().strip());
			return read.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
					"hi".equals(locale.getLanguage()) ? locale : Locale.ENGLISH));
		}
		catch (DateTimeParseException ex) {
			return month.toString();
		}
	}

	/** A moment as people read it, "Mon 7 Dec 2026, 16:00 IST". */
	public String moment(Instant instant, Locale locale) {
		return (instant != null) ? IndiaTime.moment(instant, locale) : "";
	}

	/**
	 * A code's message {@code <kind>.<CODE>}, or the code made readable when there is
	 * none.
	 */
	public String code(String kind, String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return this.messages.getMessage(kind + "." + code, null, humanize(code), locale);
	}

	/**
	 * {@code DISTRICT_PLAN} or {@code thangka-painting} as "District plan", "Thangka
	 * painting".
	 */
	static String humanize(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String words = code.strip().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
