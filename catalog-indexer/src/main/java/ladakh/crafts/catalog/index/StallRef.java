package ladakh.crafts.catalog.index;

/**
 * A stall the seller was given at an exhibition, past, current or upcoming (decision 57):
 * search filters by exhibition on it; whether it is current is read from its dates.
 *
 * @param exhibitionId the exhibition's id
 * @param exhibitionName its English name
 * @param stallNumber the stall, e.g. {@code A-12}
 * @param startsOn ISO date
 * @param endsOn ISO date
 */
public record StallRef(String exhibitionId, String exhibitionName, String stallNumber, String startsOn, String endsOn) {

}
