package ladakh.crafts.marketplace.sellers.profiles;

import java.util.List;

/**
 * A seller's public shop page, in the reader's language. Nothing private.
 *
 * @param id the seller id
 * @param type {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param name the seller's name
 * @param story their story
 * @param crafts craft names
 * @param village the village
 * @param district {@code LEH} or {@code KARGIL}
 * @param photoUrl an artisan's portrait, or null
 * @param verifyPath the verification page of a registered artisan, or null
 * @param departmentRegistered an active SHG or centre, registered by the department
 * @param selling false when the seller is suspended or expired: not selling now
 * @param memberCount an SHG's members, otherwise 0
 */
public record SellerProfile(String id, String type, String name, String story, List<String> crafts, String village,
		String district, String photoUrl, String verifyPath, boolean departmentRegistered, boolean selling,
		int memberCount) {

}
