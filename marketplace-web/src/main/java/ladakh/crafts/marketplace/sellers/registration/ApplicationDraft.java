package ladakh.crafts.marketplace.sellers.registration;

import java.util.List;

/**
 * An application form as it was filled in, before validation: every field as typed.
 *
 * @param name full name
 * @param parentage father's or mother's name
 * @param dateOfBirth ISO date
 * @param gender FEMALE, MALE or OTHER
 * @param mobile as typed
 * @param district LEH or KARGIL
 * @param block block
 * @param village village
 * @param pinCode as typed
 * @param crafts chosen craft slugs, primary first
 * @param yearsOfPractice as typed
 * @param trainingCentreId chosen centre or blank
 * @param batchId batch text or blank
 * @param consent whether the consent box was ticked
 * @param consentText the consent text shown to them
 * @param photo the uploaded photo, or null when none was chosen
 */
public record ApplicationDraft(String name, String parentage, String dateOfBirth, String gender, String mobile,
		String district, String block, String village, String pinCode, List<String> crafts, String yearsOfPractice,
		String trainingCentreId, String batchId, boolean consent, String consentText, Upload photo) {

	public ApplicationDraft {
		crafts = (crafts != null) ? List.copyOf(crafts) : List.of();
	}

	/** An empty form. */
	public static ApplicationDraft empty() {
		return new ApplicationDraft("", "", "", "", "", "", "", "", "", List.of(), "", "", "", false, "", null);
	}

	/** The form without its photo, for showing it again. */
	public ApplicationDraft withoutPhoto() {
		return new ApplicationDraft(this.name, this.parentage, this.dateOfBirth, this.gender, this.mobile,
				this.district, this.block, this.village, this.pinCode, this.crafts, this.yearsOfPractice,
				this.trainingCentreId, this.batchId, this.consent, this.consentText, null);
	}

	/**
	 * An uploaded file.
	 *
	 * @param bytes its content (null when it was larger than the limit)
	 * @param tooLarge true when it was larger than the limit and was not read
	 */
	public record Upload(byte[] bytes, boolean tooLarge) {

	}

}
