package ladakh.crafts.marketplace.exhibitions;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * How an exhibition's stalls were taken up, for the financial-year reports.
 *
 * @param exhibitionId the exhibition
 * @param name its name
 * @param district {@code LEH}, {@code KARGIL}, or null outside Ladakh
 * @param startsOn its first day
 * @param planned stalls in its plan
 * @param offered stalls given out by the draw or from the waiting list (each stall once,
 * whatever became of it)
 * @param taken stalls whose fee was paid ({@code CONFIRMED})
 */
public record StallTakeUp(String exhibitionId, LocalizedText name, String district, LocalDate startsOn, int planned,
		long offered, long taken) {

}
