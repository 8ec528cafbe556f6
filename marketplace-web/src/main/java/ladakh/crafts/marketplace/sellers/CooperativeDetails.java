package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;
import java.util.List;

/**
 * What only a co-operative society has ({@code sellers.coop}).
 *
 * @param actRegistration its registration number under the co-operative societies act
 * @param registeredOn when the registrar registered it, or null
 * @param handloomWeavers a handloom weavers' co-operative (the handloom department's)
 * @param members its members, as the society lists them
 */
public record CooperativeDetails(String actRegistration, LocalDate registeredOn, boolean handloomWeavers,
		List<Member> members) {

	public CooperativeDetails {
		members = (members != null) ? List.copyOf(members) : List.of();
	}

	/**
	 * A member of the society.
	 *
	 * @param name as the society lists them
	 * @param artisanRegistration their artisan registration number, or null when they
	 * have none
	 */
	public record Member(String name, String artisanRegistration) {

	}

}
