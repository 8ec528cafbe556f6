package ladakh.crafts.marketplace.sellers.cards;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.ArtisanDetails;
import ladakh.crafts.marketplace.sellers.Seller;

/**
 * The public part of an artisan's registration: what the card and the verification page
 * may show. Private fields (mobile, parentage, birth year, village) are never read into
 * it.
 *
 * @param id the seller id, e.g. {@code art-0001}
 * @param name the artisan's name
 * @param crafts craft slugs
 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}, or null when not registered
 * @param district {@code LEH} or {@code KARGIL}
 * @param storedStatus the stored {@code status}
 * @param registeredOn the registration date, or null when unknown
 * @param validUntil the last valid day, or null when open-ended
 * @param photoId the portrait's GridFS id, or null
 * @param shgId the SHG the artisan belongs to, or null
 * @param trainingCentreId the centre the artisan trained at, or null
 */
public record RegisteredArtisan(String id, String name, List<String> crafts, String registrationNumber, String district,
		String storedStatus, LocalDate registeredOn, LocalDate validUntil, String photoId, String shgId,
		String trainingCentreId) {

	public RegisteredArtisan {
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

	static RegisteredArtisan from(Seller seller) {
		ArtisanDetails artisan = (seller.artisan() != null) ? seller.artisan()
				: new ArtisanDetails(null, null, null, null, null, null);
		Seller.Registration registration = seller.registration();
		return new RegisteredArtisan(seller.id(), seller.name(), seller.crafts(), registration.number(),
				seller.place().district(), seller.status().name(), registration.registeredOn(),
				registration.validUntil(), seller.photoId(), artisan.shgId(), artisan.trainingCentreId());
	}

	public CardStatus statusOn(LocalDate today) {
		return CardStatus.of(this.storedStatus, this.validUntil, today);
	}

	/** Only an active, numbered registration gets a card. */
	public boolean mayHoldCardOn(LocalDate today) {
		return this.registrationNumber != null && statusOn(today) == CardStatus.ACTIVE;
	}

}
