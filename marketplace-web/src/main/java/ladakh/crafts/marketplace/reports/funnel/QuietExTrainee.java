package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;

/**
 * An ex-trainee who completed a course and has not sold for 12 months (never, or last
 * before the 12 months up to the day): someone the department may reach out to. Personal
 * data, for staff only.
 *
 * @param traineeId the trainee
 * @param name their name
 * @param batchId the batch they completed
 * @param craft the batch's craft
 * @param completedOn the batch's last day
 * @param sellerId the seller they became, or null when none is named
 * @param registrationNumber that seller's registration number, or null
 * @param lastSaleOn the day of that seller's last sale (India time), or null when it
 * never sold
 */
public record QuietExTrainee(String traineeId, String name, String batchId, String craft, LocalDate completedOn,
		String sellerId, String registrationNumber, LocalDate lastSaleOn) {

}
