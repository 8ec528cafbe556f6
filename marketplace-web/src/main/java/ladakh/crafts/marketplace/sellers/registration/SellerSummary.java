package ladakh.crafts.marketplace.sellers.registration;

import java.time.LocalDate;

import ladakh.crafts.catalog.index.SellingRule;
import ladakh.crafts.marketplace.sellers.Seller;

/**
 * A seller as the staff console lists it.
 *
 * @param id {@code sellers._id}
 * @param type ARTISAN, SHG or TRAINING_CENTRE
 * @param name the name
 * @param registrationNumber the registration number, if any
 * @param district LEH or KARGIL
 * @param village the village
 * @param mobile the mobile number (staff only)
 * @param storedStatus ACTIVE or SUSPENDED as stored
 * @param validUntil ISO date, or null
 * @param statusReason why it was last suspended or reinstated
 * @param applicationId the application it came from, if any
 */
public record SellerSummary(String id, String type, String name, String registrationNumber, String district,
		String village, String mobile, String storedStatus, String validUntil, String statusReason,
		String applicationId) {

	static SellerSummary of(Seller seller) {
		Seller.Registration registration = seller.registration();
		return new SellerSummary(seller.id(), (seller.kind() != null) ? seller.kind().name() : null, seller.name(),
				registration.number(), seller.place().district(), seller.place().village(),
				(seller.mobile() != null) ? seller.mobile().digits() : null, seller.status().name(),
				(registration.validUntil() != null) ? registration.validUntil().toString() : null,
				seller.statusReason(), registration.applicationId());
	}

	/**
	 * The status as of the given day: an ACTIVE registration past its validity is
	 * EXPIRED.
	 */
	public String statusOn(LocalDate day) {
		if ("ACTIVE".equals(this.storedStatus) && !SellingRule.sellsOn(this.storedStatus, this.validUntil, day)) {
			return "EXPIRED";
		}
		return this.storedStatus;
	}

}
