package ladakh.crafts.marketplace.sellers.cards;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public verification page shows for a registration number: nothing private.
 *
 * @param registrationNumber the number looked up
 * @param sellerId the artisan's seller id (links to the public shop page)
 * @param name the artisan's name
 * @param photoUrl the portrait's URL, or null for a placeholder
 * @param crafts craft names in the reader's language
 * @param district {@code LEH} or {@code KARGIL}
 * @param groupName the SHG the artisan belongs to, or null
 * @param groupId the SHG's id, or null
 * @param centreName the training centre the artisan trained at, or null
 * @param centreId the centre's id, or null
 * @param validUntil the last valid day, or null when open-ended
 * @param status the status today
 */
public record Verification(String registrationNumber, String sellerId, String name, String photoUrl,
		List<String> crafts, String district, String groupName, String groupId, String centreName, String centreId,
		LocalDate validUntil, CardStatus status) {

	public boolean active() {
		return this.status == CardStatus.ACTIVE;
	}

}
