package ladakh.crafts.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-help group of ex-trainees.
 *
 * @param dateFormed the date the group was formed
 * @param memberIds the ids of its member artisans
 * @param revolvingFundMinor the revolving fund granted, in paise
 */
public record ShgDetails(LocalDate dateFormed, List<String> memberIds, long revolvingFundMinor) {

	public ShgDetails {
		memberIds = List.copyOf(memberIds);
	}

}
