package ladakh.crafts.marketplace.sellers.cards;

import java.time.LocalDate;

/**
 * What a registration is worth today. A registration past its validity is EXPIRED even
 * when nobody has changed its stored status yet.
 */
public enum CardStatus {

	ACTIVE, SUSPENDED, EXPIRED;

	/**
	 * @param storedStatus the seller's {@code status} field
	 * @param validUntil the last day the registration is valid, or null when open-ended
	 * @param today the date to judge by
	 * @return the status a buyer or an official should see
	 */
	public static CardStatus of(String storedStatus, LocalDate validUntil, LocalDate today) {
		if ("EXPIRED".equals(storedStatus)) {
			return EXPIRED;
		}
		if (!"ACTIVE".equals(storedStatus)) {
			// SUSPENDED, and anything unknown: never vouch for it.
			return SUSPENDED;
		}
		if (validUntil != null && validUntil.isBefore(today)) {
			return EXPIRED;
		}
		return ACTIVE;
	}

}
