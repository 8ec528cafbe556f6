package ladakh.crafts.marketplace.sellers.registration;

import java.time.LocalDate;

/**
 * What an applicant sees of their own application: no personal details.
 *
 * @param reference the reference
 * @param status where it stands
 * @param testDate the day of the practical test, once scheduled
 * @param testPlace where, once scheduled
 * @param registrationNumber once approved
 * @param reason the reason, when rejected
 */
public record ApplicantStatus(String reference, ApplicationStatus status, LocalDate testDate, String testPlace,
		String registrationNumber, String reason) {

	static ApplicantStatus of(ArtisanApplication application) {
		PracticalTest test = application.test();
		String reason = (application.status() == ApplicationStatus.REJECTED) ? application.decision().reason() : null;
		return new ApplicantStatus(application.reference(), application.status(), (test != null) ? test.date() : null,
				(test != null) ? test.place() : null, application.registrationNumber(), reason);
	}

}
