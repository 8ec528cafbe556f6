package ladakh.crafts.demo;

import java.time.LocalDate;

/**
 * An exhibition at which the department allots stalls.
 *
 * @param id e.g. {@code ladakh-festival-2026}
 * @param name the name
 * @param place the place
 * @param district the district
 * @param startsOn the first day
 * @param endsOn the last day
 * @param stallCount stalls available
 * @param description the description
 */
public record Exhibition(String id, Localized name, String place, District district, LocalDate startsOn,
		LocalDate endsOn, int stallCount, Localized description) {

}
