package ladakh.crafts.marketplace.sellers.shg;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;

/**
 * An SHG as staff see it.
 *
 * @param id e.g. {@code shg-0001}
 * @param name the group's name
 * @param district {@code LEH} or {@code KARGIL}
 * @param block the block
 * @param village the village
 * @param crafts craft slugs
 * @param dateFormed when the group was formed, or null
 * @param status {@code PENDING}, {@code ACTIVE} or {@code SUSPENDED}
 * @param members the member artisans, with their names
 * @param presidentId the president's artisan id, or null
 * @param secretaryId the secretary's artisan id, or null
 * @param treasurerId the treasurer's artisan id, or null
 * @param bankAccount the masked account, or null
 * @param fundBalance the revolving fund's balance
 */
public record SelfHelpGroup(String id, String name, String district, String block, String village, List<String> crafts,
		LocalDate dateFormed, String status, List<Member> members, String presidentId, String secretaryId,
		String treasurerId, BankAccount bankAccount, Money fundBalance) {

	public boolean pending() {
		return "PENDING".equals(this.status);
	}

	public String memberName(String artisanId) {
		return this.members.stream()
			.filter((member) -> member.id().equals(artisanId))
			.map(Member::name)
			.findFirst()
			.orElse(artisanId);
	}

	/** A member artisan. */
	public record Member(String id, String name) {

	}

}
