package ladakh.crafts.catalog.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one rule for "may this seller sell now": the seller is ACTIVE and, when the
 * registration has a last valid day, today is not past it. The indexer (search
 * documents), the storefront and checkout all ask here, so a seller is never buyable in
 * one place and hidden in another. It lives in this module because marketplace-web
 * depends on it, not the reverse.
 */
public final class SellingRule {

	private SellingRule() {
	}

	/**
	 * @param status the seller's status ({@code ACTIVE}, {@code SUSPENDED}, ...)
	 * @param validUntil the last valid day, or null when open-ended
	 * @param today the day to judge by
	 * @return whether the seller sells on that day
	 */
	public static boolean sellsOn(String status, LocalDate validUntil, LocalDate today) {
		return "ACTIVE".equals(status) && (validUntil == null || !validUntil.isBefore(today));
	}

	/**
	 * The same rule over the stored form ({@code sellers.status}, {@code validUntil} as
	 * an ISO date): a blank date is open-ended, an unreadable one has run out.
	 */
	public static boolean sellsOn(String status, String storedValidUntil, LocalDate today) {
		return sellsOn(status, lastValidDay(storedValidUntil), today);
	}

	/**
	 * The last valid day a stored {@code validUntil} names: null when blank (open-ended),
	 * {@link LocalDate#MIN} when unreadable (never vouch for a date nobody can read).
	 */
	public static LocalDate lastValidDay(String stored) {
		if (stored == null || stored.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(stored.strip());
		}
		catch (DateTimeParseException ex) {
			return LocalDate.MIN;
		}
	}

}
