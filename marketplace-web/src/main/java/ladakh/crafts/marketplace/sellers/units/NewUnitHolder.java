package ladakh.crafts.marketplace.sellers.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit holder as an officer registers it, already checked for form; the service checks
 * the owner against the artisans' records.
 *
 * @param name the unit's name
 * @param district {@code LEH} or {@code KARGIL}
 * @param block the block, or blank
 * @param village the village
 * @param crafts craft slugs
 * @param ownerRegistration the owner's artisan registration number, in capitals
 * @param establishedOn when the unit was set up
 * @param kitScheme the scheme whose subsidised kit set it up, or null
 */
public record NewUnitHolder(String name, String district, String block, String village, List<String> crafts,
		String ownerRegistration, LocalDate establishedOn, String kitScheme) {

	public NewUnitHolder {
		crafts = List.copyOf(crafts);
	}

}
