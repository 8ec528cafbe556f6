package ladakh.crafts.marketplace.training;

import java.util.List;

import ladakh.crafts.marketplace.shared.Money;

/**
 * A government training centre as staff see it (a seller of kind TRAINING_CENTRE).
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
 * @param monthlyStipend the stipend per trainee per month
 * @param instructors who teaches there
 */
public record TrainingCentre(String id, String name, String district, String block, String village, String scheme,
		List<String> crafts, int intakeCapacity, int courseMonths, Money monthlyStipend, List<Instructor> instructors) {

	public boolean instructedBy(String userId) {
		return this.instructors.stream().anyMatch((instructor) -> instructor.userId().equals(userId));
	}

	/** An instructor at the centre. */
	public record Instructor(String userId, String name) {

	}

}
