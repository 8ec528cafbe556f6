package ladakh.crafts.marketplace.sellers.registration;

/**
 * Where an artisan's application stands.
 */
public enum ApplicationStatus {

	SUBMITTED, TEST_SCHEDULED, TEST_PASSED, TEST_FAILED, APPROVED, REJECTED

}
