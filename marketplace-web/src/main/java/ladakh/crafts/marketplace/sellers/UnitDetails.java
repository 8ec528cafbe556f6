package ladakh.crafts.marketplace.sellers;

import java.time.LocalDate;

/**
 * What only a unit holder has ({@code sellers.unit}): the unit belongs to one registered
 * artisan, usually an ex-trainee who set it up with a subsidised kit.
 *
 * @param ownerId the owner's artisan seller id
 * @param ownerRegistration the owner's artisan registration number
 * @param establishedOn when the unit was set up, or null
 * @param kitScheme the training scheme whose subsidised kit set it up, or null
 */
public record UnitDetails(String ownerId, String ownerRegistration, LocalDate establishedOn, String kitScheme) {

}
