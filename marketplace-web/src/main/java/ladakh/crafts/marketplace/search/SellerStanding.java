package ladakh.crafts.marketplace.search;

import java.time.LocalDate;

import ladakh.crafts.catalog.index.SellingRule;
import org.bson.Document;

/**
 * Whether a seller record may be shown to buyers now, and whether its registration is
 * vouched for: catalog-indexer's {@link SellingRule}, the one the index and the sellers
 * area use too.
 */
final class SellerStanding {

	static final String[] SELLER_TYPES = { "ARTISAN", "SHG", "TRAINING_CENTRE" };

	private SellerStanding() {
	}

	static boolean sellsNow(Document seller, LocalDate today) {
		return seller != null && SellingRule.sellsOn(seller.getString("status"),
				(seller.get("validUntil") instanceof String iso) ? iso : null, today);
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
