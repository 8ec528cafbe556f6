package ladakh.crafts.marketplace.sellers.units;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.sellers.CooperativeDetails;

/**
 * A co-operative society as an officer registers it, already checked for form; the
 * service checks members' artisan registrations against the records.
 *
 * @param name the society's name
 * @param district {@code LEH} or {@code KARGIL}
 * @param block the block, or blank
 * @param village the village
 * @param crafts craft slugs
 * @param actRegistration its number under the co-operative societies act
 * @param registeredOn when the registrar registered it
 * @param handloomWeavers a handloom weavers' co-operative
 * @param members its members
 */
public record NewCooperative(String name, String district, String block, String village, List<String> crafts,
		String actRegistration, LocalDate registeredOn, boolean handloomWeavers,
		List<CooperativeDetails.Member> members) {

	public NewCooperative {
		crafts = List.copyOf(crafts);
		members = List.copyOf(members);
	}

}
