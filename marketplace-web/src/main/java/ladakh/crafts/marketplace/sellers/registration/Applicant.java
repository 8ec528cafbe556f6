package ladakh.crafts.marketplace.sellers.registration;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;

/**
 * The person applying, as they gave it (already validated).
 *
 * @param name full name
 * @param parentage father's or mother's name
 * @param dateOfBirth date of birth
 * @param gender FEMALE, MALE or OTHER
 * @param mobile the mobile number
 * @param district LEH or KARGIL
 * @param block the block
 * @param village the village
 * @param pinCode the PIN code
 * @param crafts craft slugs, at least one; the first is the primary craft
 * @param yearsOfPractice years practising the craft
 * @param trainingCentreId the centre they trained at, or null
 * @param batchId the batch at that centre (free text), or null
 * @param traineeId the trainee record, or null (linked by the centres work later)
 * @param consent the consent text they agreed to
 */
public record Applicant(String name, String parentage, LocalDate dateOfBirth, String gender, MobileNumber mobile,
		District district, String block, String village, PinCode pinCode, List<String> crafts, int yearsOfPractice,
		String trainingCentreId, String batchId, String traineeId, String consent) {

	public Applicant {
		crafts = List.copyOf(crafts);
		if (crafts.isEmpty()) {
			throw new IllegalArgumentException("An applicant practises at least one craft");
		}
	}

	/** The craft that decides the department in the registration number. */
	public String primaryCraft() {
		return this.crafts.get(0);
	}

}
