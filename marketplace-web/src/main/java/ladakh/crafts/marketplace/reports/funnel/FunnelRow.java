package ladakh.crafts.marketplace.reports.funnel;

/**
 * One batch's funnel from training to earning, as of a day ({@link Funnel#rows}).
 * <p>
 * Each stage counts only the trainees who reached every earlier stage, so the counts
 * never grow along the funnel (enrolled ≥ completed ≥ registered ≥ listed ≥ sold ≥
 * earning) by construction:
 * <ol>
 * <li><b>enrolled</b>: every trainee the batch holds, whatever became of them (enrolment
 * is the batch's start: trainees carry no joining date);</li>
 * <li><b>completed</b>: status COMPLETED; completion is the batch's last day;</li>
 * <li><b>registered</b>: completed, and the seller the trainee became (the trainee's
 * {@code artisanId}: their own artisan or unit record, or their SHG's) is registered with
 * the department ({@code SellerMilestones.Registered#registeredOn}); a trainee with no
 * seller named, or one the records do not know, or a PENDING one, is not;</li>
 * <li><b>listed</b>: registered, and that seller has published a listing (its first
 * {@code publishedAt});</li>
 * <li><b>sold</b>: listed, and that seller has a SALE line in the revenue ledger (online,
 * at a stall or at the artisan complex). A seller who sold at a stall but never published
 * a listing stops at registered: the funnel does not skip a stage. Their sales still keep
 * them off the quiet list;</li>
 * <li><b>earning</b>: sold, and the net of that seller's ledger lines (sales less refunds
 * and reversals) in the 12 months up to the day is at least the configured amount
 * ({@code marketplace.reports.earning-minor-per-year}).</li>
 * </ol>
 * Members of one SHG share the group's listings and sales: each member counts with the
 * group's.
 * <p>
 * The time each step took is summed in days over the trainees counted at that step, so an
 * average over any set of rows is the sum of their {@code days…} over the sum of the
 * step's count: complete = last day − first day of the batch; register = registration −
 * completion; list = first publication − registration; sell = first sale − first
 * publication (India time days), each 0 when the step came before the previous one (an
 * SHG registered before its member trained). Earning is a standing, not an event: it has
 * no step time.
 *
 * @param batchId the batch
 * @param centreId the training centre
 * @param centreName its name
 * @param craft the craft taught
 * @param district the centre's district ({@code LEH} or {@code KARGIL})
 * @param scheme the centre's scheme, e.g. {@code DISTRICT_PLAN}
 * @param completionFy the Indian financial year of the batch's last day, e.g.
 * {@code "2025-26"}
 * @param enrolled trainees enrolled
 * @param completed of them, who completed
 * @param registered of them, whose seller is registered
 * @param listed of them, whose seller published a listing
 * @param sold of them, whose seller sold
 * @param earning of them, whose seller took at least the configured amount in the last 12
 * months
 * @param daysToComplete the sum over the completed of the course's days
 * @param daysToRegister the sum over the registered of the days from completion
 * @param daysToList the sum over the listed of the days from registration
 * @param daysToSell the sum over the sold of the days from the first publication
 */
public record FunnelRow(String batchId, String centreId, String centreName, String craft, String district,
		String scheme, String completionFy, int enrolled, int completed, int registered, int listed, int sold,
		int earning, long daysToComplete, long daysToRegister, long daysToList, long daysToSell) {

	public FunnelRow {
		if (enrolled < completed || completed < registered || registered < listed || listed < sold || sold < earning) {
			throw new IllegalArgumentException("a funnel's counts never grow along it");
		}
	}

}
