package ladakh.crafts.marketplace.sellers.registration;

/**
 * When a practical test is passed: at least {@value #MINIMUM_PER_CRITERION} in every
 * criterion and at least {@value #MINIMUM_TOTAL} of 40 in all. A strong design cannot
 * make up for a technique the artisan has not mastered.
 */
public final class PassingPolicy {

	public static final int MINIMUM_PER_CRITERION = 5;

	public static final int MINIMUM_TOTAL = 24;

	public boolean passes(Marks marks) {
		return marks.lowest() >= MINIMUM_PER_CRITERION && marks.total() >= MINIMUM_TOTAL;
	}

}
