package ladakh.crafts.marketplace.sellers;

/**
 * An officer approved an artisan's registration: the seller record exists and carries its
 * registration number. The accounts area creates the SELLER login (login = mobile) when
 * it hears this.
 *
 * @param sellerId the new seller, {@code sellers._id}
 * @param applicationId the approved application, {@code artisan_applications._id}
 * @param name the artisan's name
 * @param mobile the artisan's 10-digit mobile number
 * @param registrationNumber e.g. {@code LEH/HC/2026/0042}
 */
public record ArtisanApproved(String sellerId, String applicationId, String name, String mobile,
		String registrationNumber) {

}
