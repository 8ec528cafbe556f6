package ladakh.crafts.marketplace.sellers.shg;

import java.time.LocalDate;
import java.util.List;

/**
 * A new SHG as an officer enters it, already checked for form (see the web form); the
 * service checks that members and office bearers are real artisans.
 *
 * @param name the group's name
 * @param district {@code LEH} or {@code KARGIL}
 * @param block the block
 * @param village the village
 * @param crafts craft slugs
 * @param dateFormed when it was formed
 * @param memberIds member artisan ids
 * @param presidentId a member
 * @param secretaryId a member
 * @param treasurerId a member
 * @param bankAccount the masked account
 */
public record NewSelfHelpGroup(String name, String district, String block, String village, List<String> crafts,
		LocalDate dateFormed, List<String> memberIds, String presidentId, String secretaryId, String treasurerId,
		BankAccount bankAccount) {

	public NewSelfHelpGroup {
		crafts = List.copyOf(crafts);
		memberIds = List.copyOf(memberIds);
	}

}
