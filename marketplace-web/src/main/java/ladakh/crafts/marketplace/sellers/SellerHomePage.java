package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;

/**
 * What a signed-in seller sees about themselves on {@code /seller}.
 *
 * @param id the seller id
 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param name the seller's name
 * @param registrationNumber an artisan's registration number, or null
 * @param district {@code LEH} or {@code KARGIL}
 * @param status {@code ACTIVE}, {@code SUSPENDED}, {@code EXPIRED} (derived from the
 * validity for artisans), or {@code PENDING} for an SHG awaiting approval
 * @param validUntil the last valid day, or null
 * @param card whether the identity card can be downloaded, and if not why
 */
public record SellerHomePage(String id, String type, String name, String registrationNumber, String district,
		String status, LocalDate validUntil, Card card) {

	public boolean isShg() {
		return "SHG".equals(this.type);
	}

	/** Only artisans' registrations have a public verification page (identity cards). */
	public boolean isVerifiable() {
		return "ARTISAN".equals(this.type) && this.registrationNumber != null;
	}

	public boolean isActive() {
		return "ACTIVE".equals(this.status);
	}

	/** The identity card, as {@code IdentityCards} would answer for this seller. */
	public enum Card {

		/** An ACTIVE registered artisan: the card can be downloaded. */
		AVAILABLE,
		/** Not an artisan: cards are for registered artisans only. */
		NOT_AN_ARTISAN,
		/** An artisan without a registration number yet. */
		NOT_REGISTERED,
		/** Registered, but suspended or expired. */
		NOT_ACTIVE

	}

}
