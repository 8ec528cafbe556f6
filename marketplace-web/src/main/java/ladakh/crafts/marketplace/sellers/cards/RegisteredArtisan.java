package ladakh.crafts.marketplace.sellers.cards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import org.bson.Document;

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

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	public RegisteredArtisan {
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

	static RegisteredArtisan from(Document seller) {
		Document artisan = (seller.get("artisan") instanceof Document details) ? details : new Document();
		return new RegisteredArtisan(seller.getString("_id"), seller.getString("name"), strings(seller.get("crafts")),
				blankToNull(seller.getString("registrationNumber")), seller.getString("district"),
				seller.getString("status"), dateOf(seller.get("registeredOn")), dateOf(seller.get("validUntil")),
				blankToNull(seller.getString("photoId")), blankToNull(artisan.getString("shgId")),
				blankToNull(artisan.getString("trainingCentreId")));
	}

	public CardStatus statusOn(LocalDate today) {
		return CardStatus.of(this.storedStatus, this.validUntil, today);
	}

	/** Only an active, numbered registration gets a card. */
	public boolean mayHoldCardOn(LocalDate today) {
		return this.registrationNumber != null && statusOn(today) == CardStatus.ACTIVE;
	}

	/** Dates are stored as ISO strings; a stored date-time is read in Indian time. */
	public static LocalDate dateOf(Object stored) {
		if (stored instanceof Date date) {
			return date.toInstant().atZone(INDIA).toLocalDate();
		}
		if (stored instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.trim());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	private static List<String> strings(Object stored) {
		if (stored instanceof List<?> list) {
			return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
