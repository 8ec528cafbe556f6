package ladakh.crafts.marketplace.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.bson.Document;

/**
 * Whether a seller record may be shown to buyers now, and whether its registration is
 * vouched for. The same reading as the sellers area's card status (ACTIVE and, when a
 * validity date is stored, not past it); repeated here because the sellers area calls
 * this area (its shop page shows our shelf), so this area may not call back.
 */
final class SellerStanding {

	static final String[] SELLER_TYPES = { "ARTISAN", "SHG", "TRAINING_CENTRE" };

	private SellerStanding() {
	}

	static boolean sellsNow(Document seller, LocalDate today) {
		if (seller == null || !"ACTIVE".equals(seller.getString("status"))) {
			return false;
		}
		Object validUntil = seller.get("validUntil");
		if (validUntil instanceof String iso && !iso.isBlank()) {
			try {
				return !LocalDate.parse(iso).isBefore(today);
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}
		return true;
	}

	/** A registration number held by a seller who is selling now. */
	static boolean verified(Document seller, LocalDate today) {
		String number = seller.getString("registrationNumber");
		return sellsNow(seller, today) && number != null && !number.isBlank();
	}

	/**
	 * The public verification page of an artisan's registration (the sellers area serves
	 * {@code /verify/{number}}, the number's slashes being path separators); SHGs and
	 * centres have none.
	 */
	static String verificationPath(Document seller) {
		String number = seller.getString("registrationNumber");
		if (!"ARTISAN".equals(seller.getString("type")) || number == null || number.isBlank()) {
			return null;
		}
		return "/verify/" + number;
	}

}
