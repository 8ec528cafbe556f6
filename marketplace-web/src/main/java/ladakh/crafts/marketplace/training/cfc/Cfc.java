package ladakh.crafts.marketplace.training.cfc;

import java.time.LocalDate;

/**
 * A common facility centre: machines the department installed for artisans, SHGs and unit
 * holders to use.
 *
 * @param id e.g. {@code cfc-trespone}
 * @param name e.g. "Common Facility Centre, Trespone"
 * @param district {@code LEH} or {@code KARGIL}
 * @param village where it stands
 * @param openedOn when it opened, or null
 */
public record Cfc(String id, String name, String district, String village, LocalDate openedOn) {

}
