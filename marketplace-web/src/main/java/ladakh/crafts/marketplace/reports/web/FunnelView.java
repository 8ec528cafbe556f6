package ladakh.crafts.marketplace.reports.web;

import java.util.List;

import ladakh.crafts.marketplace.reports.funnel.FunnelSnapshot;
import ladakh.crafts.marketplace.shared.charts.RenderedChart;

/**
 * The funnel in the reader's language: the selection's stages drawn, and its groups.
 *
 * @param by how the groups are made
 * @param fy the year of completion chosen, or null for every year
 * @param years the years there are, latest first
 * @param builtAt when the funnel was built, in words
 * @param earning what counted as earning, in words
 * @param total the selection's stages
 * @param chart the selection's stages drawn
 * @param groups the groups, most enrolled first
 */
record FunnelView(FunnelSnapshot.By by, String fy, List<String> years, String builtAt, String earning,
		FunnelSnapshot.Stages total, RenderedChart chart, List<Group> groups) {

	/** The groupings a reader may choose (templates cannot name a class). */
	public List<FunnelSnapshot.By> groupings() {
		return List.of(FunnelSnapshot.By.values());
	}

	/** The stages in order, as their message keys end. */
	public List<String> stages() {
		return FunnelViews.STAGES;
	}

	/**
	 * @param key what the group is keyed by
	 * @param label the key in words
	 * @param centreId the centre, when grouped by centre (its quiet list), else null
	 * @param stages its stages
	 */
	record Group(String key, String label, String centreId, FunnelSnapshot.Stages stages) {

	}

}
