package ladakh.crafts.marketplace.sellers.centres;

import java.util.List;

/**
 * A government training centre ({@code sellers} type TRAINING_CENTRE with a
 * {@code centre} sub-document).
 *
 * @param id e.g. {@code tc-0001}
 * @param name the centre's name
 * @param district {@code LEH} or {@code KARGIL}
 * @param block the block
 * @param village the village
 * @param scheme e.g. {@code DISTRICT_PLAN}, {@code CARPET_WEAVING_ADVANCED}
 * @param crafts craft slugs taught
 * @param intakeCapacity trainees per batch
 * @param courseMonths course length in months
 * @param monthlyStipendMinor the stipend per trainee per month, in paise
 * @param instructors who teaches there
 */
public record TrainingCentre(String id, String name, String district, String block, String village, String scheme,
		List<String> crafts, int intakeCapacity, int courseMonths, long monthlyStipendMinor,
		List<Instructor> instructors) {

	public boolean instructedBy(String userId) {
		return this.instructors.stream().anyMatch((instructor) -> instructor.userId().equals(userId));
	}

	/** An instructor at the centre. */
	public record Instructor(String userId, String name) {

	}

}
