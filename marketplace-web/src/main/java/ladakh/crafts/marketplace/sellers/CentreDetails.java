package ladakh.crafts.marketplace.sellers;

import java.util.List;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What only a training centre has ({@code sellers.centre}).
 *
 * @param scheme e.g. {@code DISTRICT_PLAN}
 * @param intakeCapacity trainees per batch
 * @param courseMonths course length in months
 * @param monthlyStipend the stipend per trainee per month
 * @param instructors who teaches there
 */
public record CentreDetails(String scheme, int intakeCapacity, int courseMonths, Money monthlyStipend,
		List<Instructor> instructors) {

	public CentreDetails {
		monthlyStipend = (monthlyStipend != null) ? monthlyStipend : Money.ZERO;
		instructors = (instructors != null) ? List.copyOf(instructors) : List.of();
	}

	/** An instructor at the centre. */
	public record Instructor(String userId, String name) {

	}

}
