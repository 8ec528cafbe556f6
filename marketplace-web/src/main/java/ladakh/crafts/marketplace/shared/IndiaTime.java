package ladakh.crafts.marketplace.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The department works in India time: a day, a deadline or a date people read is one in
 * {@code Asia/Kolkata}, whatever the server's zone.
 */
public final class IndiaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'IST'")
		.withZone(ZONE);

	private IndiaTime() {
	}

	/** The day it is in India at this instant. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/**
	 * A moment as people read it: "Mon 7 Dec 2026, 16:00 IST" (month and day in Hindi for
	 * Hindi).
	 */
	public static String moment(Instant instant, Locale locale) {
		return MOMENT.withLocale("hi".equals(locale.getLanguage()) ? Locale.forLanguageTag("hi") : Locale.ENGLISH)
			.format(instant);
	}

	/** A day as people read it ("20 Dec 2026"), in English and Hindi. */
	public static LocalizedText day(LocalDate day) {
		return new LocalizedText(DAY.withLocale(Locale.ENGLISH).format(day),
				DAY.withLocale(Locale.forLanguageTag("hi")).format(day));
	}

}
