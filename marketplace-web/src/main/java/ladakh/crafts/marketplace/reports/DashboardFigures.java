package ladakh.crafts.marketplace.reports;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.Backlog;

/**
 * What a staff member's home page shows (issue 18): the parts their role covers, the
 * others null.
 *
 * @param at when the figures were read
 * @param queues the work waiting on the department (officers, admins, reviewers), or null
 * @param revenue this financial year's revenue (everyone but instructors), or null
 * @param artisansRegistered active registered artisans (officers, admins, reviewers), or
 * null
 * @param attendance today's attendance at the instructor's own centres (instructors), or
 * null
 */
public record DashboardFigures(Instant at, Queues queues, RevenueReport revenue, Long artisansRegistered,
		List<CentreToday> attendance) {

	/**
	 * @param awaitingTest applications waiting for a practical test
	 * @param testsToRecord tests whose marks are not yet recorded
	 * @param awaitingApproval passed tests waiting for approval
	 * @param listingsAwaiting listings sent for review
	 */
	public record Queues(Backlog awaitingTest, Backlog testsToRecord, Backlog awaitingApproval,
			Backlog listingsAwaiting) {

	}

	/**
	 * A centre's attendance today.
	 *
	 * @param centreId the centre
	 * @param name its name
	 * @param present marked present
	 * @param absent marked absent
	 * @param leave on leave
	 * @param notMarked not yet marked
	 */
	public record CentreToday(String centreId, String name, int present, int absent, int leave, int notMarked) {

	}

}
