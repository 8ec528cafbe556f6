package ladakh.crafts.catalog.index;

/**
 * Where a buyer can meet the seller: a current or upcoming stall allocation (filled once
 * the exhibitions issue lands; empty until then).
 *
 * @param exhibitionId the exhibition's id
 * @param exhibitionName its English name
 * @param stallNumber the stall, e.g. {@code A-12}
 * @param startsOn ISO date
 * @param endsOn ISO date
 */
public record StallRef(String exhibitionId, String exhibitionName, String stallNumber, String startsOn, String endsOn) {

}
